import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { hasChromium, TEMPLATES, useServedSite } from '../helpers/browser.ts';
import { openPage } from '../helpers/page-session.ts';

// Speech is stubbed before any page script runs: the test hears what would be said.
const STUB_SPEECH = `(() => {
  const log = { spoken: [], calls: [], queue: [] };
  window.__speech = log;
  const synth = {
    speaking: false, paused: false, pending: false,
    speak(u) { log.spoken.push({ text: u.text, lang: u.lang }); log.queue.push(u); },
    cancel() { log.calls.push('cancel'); },
    pause() { log.calls.push('pause'); },
    resume() { log.calls.push('resume'); },
    getVoices() { return []; },
    addEventListener() {}, removeEventListener() {},
  };
  Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
})();`;

const NO_SPEECH = `Object.defineProperty(window, 'speechSynthesis', { value: undefined, configurable: true }); delete window.SpeechSynthesisUtterance;`;

interface SpeechLog {
  spoken: { text: string; lang: string }[];
  calls: string[];
}

describe.skipIf(!hasChromium())('朗读 (read aloud)', () => {
  const site = useServedSite('sampleDist');
  const spoken = (page: Page) => page.evaluate(() => (window as unknown as { __speech: SpeechLog }).__speech);

  test('reads the community page block by block in Chinese, tables as sentences, with pause, continue and stop', async () => {
    const session = await openPage(site.browser, site.origin, TEMPLATES.community, { width: 390, initScript: STUB_SPEECH });
    try {
      const { page } = session;
      const main = page.locator('[data-read-main]');
      expect(await main.textContent()).toContain('朗读');
      await main.click();
      const log = await spoken(page);
      const texts = log.spoken.map((s) => s.text);
      expect(texts[0]).toBe('柳园社区');
      expect(new Set(log.spoken.map((s) => s.lang))).toEqual(new Set(['zh-CN']));
      // The standards table, a row at a time: the row's name, then each column with its value.
      expect(texts).toContain('组织设置规范：情况 达标，说明 —。');
      const firstParagraph = (await page.locator('.narrative .prose p, .narrative p').first().textContent())!.replace(/\s+/g, ' ').trim();
      expect(texts.join('')).toContain(firstParagraph.slice(0, 40));
      expect(texts.join('')).not.toContain('朗读');
      expect(await page.locator('h1').getAttribute('class')).toContain('reading-now');
      // The voice reaching a later paragraph moves the highlight there and into view.
      const index = texts.findIndex((t) => t.length > 20 && firstParagraph.startsWith(t.slice(0, 20)));
      await page.evaluate((i) => (window as unknown as { __speech: { queue: SpeechSynthesisUtterance[] } }).__speech.queue[i].onstart?.(new Event('start') as SpeechSynthesisEvent), index);
      const highlighted = page.locator('.reading-now');
      expect(await highlighted.count()).toBe(1);
      expect((await highlighted.textContent())!.replace(/\s+/g, ' ').trim()).toBe(firstParagraph);
      await expect
        .poll(() =>
          highlighted.evaluate((e) => {
            const r = e.getBoundingClientRect();
            return r.top >= 0 && r.top < innerHeight;
          }),
        )
        .toBe(true);
      await main.click();
      expect(await main.textContent()).toContain('继续');
      // Keyboard: Enter on the focused button continues; Escape stops.
      await main.focus();
      await page.keyboard.press('Enter');
      expect(await main.textContent()).toContain('暂停');
      expect((await spoken(page)).calls).toEqual(['cancel', 'pause', 'resume']);
      await page.locator('[data-read-stop]').click();
      expect((await spoken(page)).calls.at(-1)).toBe('cancel');
      expect(await page.locator('.reading-now').count()).toBe(0);
      expect(await main.textContent()).toContain('朗读');
      expect(await page.locator('[data-read-stop]').isVisible()).toBe(false);
      expect(session.problems).toEqual([]);
    } finally {
      await session.close();
    }
  });

  test.each(['overview', 'report', 'standards'] as const)('the %s page has the button and reads its Chinese text', async (name) => {
    const session = await openPage(site.browser, site.origin, TEMPLATES[name], { width: 1280, initScript: STUB_SPEECH });
    try {
      await session.page.keyboard.press('Tab');
      await session.page.locator('[data-read-main]').focus();
      await session.page.keyboard.press('Space');
      const texts = (await spoken(session.page)).spoken.map((s) => s.text);
      expect(texts[0]).toBe((await session.page.locator('h1').textContent())!.trim());
      expect(texts.length).toBeGreaterThan(5);
      expect(texts.every((t) => /[\u4e00-\u9fff]/.test(t) || /^[\d\s.,%：:。，—-]+$/.test(t))).toBe(true);
      expect(session.problems).toEqual([]);
    } finally {
      await session.close();
    }
  });

  test('is hidden where the browser has no speech synthesis', async () => {
    const session = await openPage(site.browser, site.origin, TEMPLATES.report, { width: 390, initScript: NO_SPEECH });
    try {
      expect(await session.page.locator('[data-read-aloud]').isVisible()).toBe(false);
      expect(session.problems).toEqual([]);
    } finally {
      await session.close();
    }
  });
});
