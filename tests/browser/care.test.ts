import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { hasChromium, TEMPLATES, useServedSite } from '../helpers/browser.ts';
import { openPage, saveScreenshot, scrollThrough } from '../helpers/page-session.ts';

/** WCAG contrast ratio of two `rgb(…)` colours as getComputedStyle gives them. */
function contrast(a: string, b: string): number {
  const luminance = (rgb: string) => {
    const [r, g, bl] = (rgb.match(/\d+(\.\d+)?/g) ?? [])
      .slice(0, 3)
      .map(Number)
      .map((v) => {
        const c = v / 255;
        return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** What care mode is measured by on one page: text, spacing, colours and the header's targets. */
function measure(page: Page) {
  return page.evaluate(() => {
    const paragraphs = [...document.querySelectorAll<HTMLElement>('.prose p')].slice(0, 2);
    const style = getComputedStyle(paragraphs[0]);
    const size = (selector: string) => parseFloat(getComputedStyle(document.querySelector(selector)!).fontSize);
    const targets = [...document.querySelectorAll<HTMLElement>('.site-header a, .site-header button, .site-header input')]
      .filter((e) => e.offsetParent !== null)
      .map((e) => ({ name: e.textContent?.trim() || e.getAttribute('name') || e.tagName, height: e.getBoundingClientRect().height, width: e.getBoundingClientRect().width }));
    return {
      care: document.documentElement.dataset.care,
      fontSize: parseFloat(style.fontSize),
      lineHeight: parseFloat(style.lineHeight),
      gap: paragraphs[1].getBoundingClientRect().top - paragraphs[0].getBoundingClientRect().bottom,
      h1: size('h1'),
      h2: size('.prose h2'),
      color: style.color,
      background: getComputedStyle(document.body).backgroundColor,
      linkColor: getComputedStyle(document.querySelector('.prose a, main a')!).color,
      cursor: getComputedStyle(document.querySelector('.prose p')!).cursor,
      targets,
    };
  });
}

describe.skipIf(!hasChromium())('长辈模式 (care mode)', () => {
  const site = useServedSite('sampleDist');

  test('?care=1 turns it on and the next pages keep it; the header control and ?care=0 turn it off', async () => {
    const session = await openPage(site.browser, site.origin, `${TEMPLATES.overview}?care=1`, { width: 390 });
    try {
      const { page } = session;
      const care = () => page.getAttribute('html', 'data-care');
      expect(await care()).toBe('on');
      expect(await page.getAttribute('[data-care-toggle]', 'aria-pressed')).toBe('true');
      await page.click('a[href="/standards/"]');
      await page.waitForURL('**/standards/');
      expect(await care()).toBe('on');
      await page.goto(`${site.origin}${TEMPLATES.report}`);
      expect(await care()).toBe('on');
      await page.click('[data-care-toggle]');
      expect(await care()).toBeNull();
      await page.goto(`${site.origin}${TEMPLATES.community}`);
      expect(await care()).toBeNull();
      await page.goto(`${site.origin}${TEMPLATES.community}?care=1`);
      expect(await care()).toBe('on');
      await page.goto(`${site.origin}${TEMPLATES.directory}?care=0`);
      expect(await care()).toBeNull();
      await page.goto(`${site.origin}${TEMPLATES.standards}`);
      expect(await care()).toBeNull();
      // This test leaves pages at once: a lazy chunk still loading is cut short by the next
      // navigation (net::ERR_ABORTED), which is the browser's doing, not a fault of the page.
      expect(session.problems.filter((p) => !/^failed: .* net::ERR_ABORTED$/.test(p))).toEqual([]);
    } finally {
      await session.close();
    }
  });

  test.each(['light', 'dark'] as const)('in %s: 24 px text, line height ≥ 1.5, paragraph spacing ≥ 1.3 × line height, 7:1 contrast, targets ≥ 44 px', async (colorScheme) => {
    for (const width of [390, 1280]) {
      const session = await openPage(site.browser, site.origin, `${TEMPLATES.report}?care=1`, { width, colorScheme });
      try {
        const m = await measure(session.page);
        expect(m.care).toBe('on');
        expect(m.fontSize).toBeGreaterThanOrEqual(24);
        expect(m.lineHeight / m.fontSize).toBeGreaterThanOrEqual(1.5);
        expect(m.gap).toBeGreaterThanOrEqual(1.3 * m.lineHeight);
        expect(m.h2).toBeGreaterThan(m.fontSize);
        expect(m.h1).toBeGreaterThan(m.h2);
        expect(contrast(m.color, m.background)).toBeGreaterThanOrEqual(7);
        expect(contrast(m.linkColor, m.background)).toBeGreaterThanOrEqual(7);
        // A large pointer where there is a mouse (desktop contexts report a fine pointer).
        expect(m.cursor).toMatch(/url\(.*cursor.*\.svg/);
        expect(m.targets.length).toBeGreaterThan(6);
        expect(m.targets.filter((t) => t.height < 44)).toEqual([]);
        // The controls get the 60 px the elderly-friendly rules ask for.
        const controls = m.targets.filter((t) => ['长辈模式', '深色模式', '搜索'].includes(t.name));
        expect(controls.map((t) => t.height >= 60)).toEqual([true, true, true]);
      } finally {
        await session.close();
      }
    }
  });

  test('without care mode the body text stays 17 px', async () => {
    const session = await openPage(site.browser, site.origin, TEMPLATES.report, { width: 390 });
    try {
      const m = await measure(session.page);
      expect([m.care, m.fontSize]).toEqual([undefined, 17]);
    } finally {
      await session.close();
    }
  });

  test('charts show as their tables in large figures, the chart one tap away', async () => {
    const session = await openPage(site.browser, site.origin, `${TEMPLATES.overview}?care=1`, { width: 390 });
    try {
      const figure = session.page.locator('figure.chart:has(canvas)').first();
      await figure.scrollIntoViewIfNeeded();
      expect(await figure.locator('.chart-table').isVisible()).toBe(true);
      expect(await figure.locator('canvas').isVisible()).toBe(false);
      expect(await figure.getByRole('button', { name: '数据表' }).getAttribute('aria-pressed')).toBe('true');
      expect(
        parseFloat(
          await figure
            .locator('td.num')
            .first()
            .evaluate((td) => getComputedStyle(td).fontSize),
        ),
      ).toBeGreaterThanOrEqual(24);
      await figure.getByRole('button', { name: '图表' }).click();
      expect(await figure.locator('canvas').isVisible()).toBe(true);
      await expect.poll(() => figure.getAttribute('data-drawn')).toBe('');
      expect(await figure.locator('.chart-table').isVisible()).toBe(false);
      expect(session.problems).toEqual([]);
    } finally {
      await session.close();
    }
  });

  test.each(['overview', 'community', 'report', 'standards', 'directory', 'accessibility'] as const)('%s in care mode: every target at least 44 px high, no sideways scrolling; screenshots at 390 and 1280 px, light and dark', async (name) => {
    for (const colorScheme of ['light', 'dark'] as const) {
      for (const width of [390, 1280]) {
        const session = await openPage(site.browser, site.origin, `${TEMPLATES[name]}?care=1`, { width, colorScheme });
        try {
          await scrollThrough(session.page);
          await saveScreenshot(session.page, `care-${name}-${width}-${colorScheme}`);
          expect(session.problems).toEqual([]);
          expect(await session.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
          // offsetParent says whether an HTML element shows; SVG links (map shapes) have none.
          const small = await session.page.evaluate(() =>
            [...document.querySelectorAll<Element>('a, button, input, select, summary')]
              .filter((e) => (e instanceof HTMLElement ? e.offsetParent !== null : e.getClientRects().length > 0) && e.getBoundingClientRect().height < 44)
              .map((e) => `${e.tagName} ${e.textContent?.trim().slice(0, 20)} ${Math.round(e.getBoundingClientRect().height)}px`),
          );
          expect(small).toEqual([]);
        } finally {
          await session.close();
        }
      }
    }
  });
});
