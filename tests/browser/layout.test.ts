import { describe, expect, test } from 'vitest';
import { hasChromium, TEMPLATES, useServedSite } from '../helpers/browser.ts';
import { openPage } from '../helpers/page-session.ts';

// The WCAG 1.4.12 text-spacing bookmarklet's values.
const TEXT_SPACING = '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }';

const withCare = (sitePath: string) => `${sitePath}${sitePath.includes('?') ? '&' : '?'}care=1`;

/** Everything in the page that scrolls sideways without being a labelled, focusable region. */
function findUnlabelledScrollers(): string[] {
  return [...document.querySelectorAll<HTMLElement>('body *')]
    .filter((e) => /auto|scroll/.test(getComputedStyle(e).overflowX) && e.scrollWidth > e.clientWidth + 1)
    .filter((e) => !(e.getAttribute('role') === 'region' && e.getAttribute('aria-label') && e.tabIndex === 0))
    .map((e) => `${e.tagName.toLowerCase()}.${e.className}`);
}

describe.skipIf(!hasChromium())('reflow and the reading layout', () => {
  const site = useServedSite('sampleDist');

  const cases = Object.entries(TEMPLATES).flatMap(
    ([name, sitePath]) =>
      [
        [name, 'normal', sitePath],
        [name, 'care', withCare(sitePath)],
      ] as const,
  );
  test.each(cases)('%s (%s) never scrolls sideways at 320 px, with or without the text-spacing override', async (_, _mode, sitePath) => {
    // The override stands for a reader's own style sheet, which the site's CSP does not govern.
    const session = await openPage(site.browser, site.origin, sitePath, { width: 320, bypassCSP: true });
    try {
      const { page } = session;
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
      expect(await page.evaluate(findUnlabelledScrollers)).toEqual([]);
      await page.addStyleTag({ content: TEXT_SPACING });
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
      expect(session.problems).toEqual([]);
    } finally {
      await session.close();
    }
  });

  test('the standards matrix scrolls inside its own labelled region on a phone', async () => {
    const session = await openPage(site.browser, site.origin, TEMPLATES.overview, { width: 320 });
    try {
      const region = session.page.locator('.matrix-figure .table-scroll');
      expect(await region.getAttribute('role')).toBe('region');
      expect(await region.getAttribute('aria-label')).toBe('各社区规范达标情况');
      expect(await region.getAttribute('tabindex')).toBe('0');
      expect(await region.evaluate((e) => e.scrollWidth > e.clientWidth)).toBe(true);
    } finally {
      await session.close();
    }
  });

  test.each(['report', 'community'] as const)('at 1440 px the %s page’s table of contents sits beside the text and marks the section being read', async (name) => {
    const session = await openPage(site.browser, site.origin, TEMPLATES[name], { width: 1440 });
    try {
      const { page } = session;
      const toc = await page.locator('nav.toc').boundingBox();
      const paragraph = await page.locator('.prose p').first().boundingBox();
      expect(toc && paragraph).toBeTruthy();
      expect(toc!.x).toBeGreaterThanOrEqual(paragraph!.x + paragraph!.width);
      expect(toc!.y).toBeLessThanOrEqual(paragraph!.y);
      expect(await page.locator('nav.toc ol').isVisible()).toBe(true);
      // Scrolled to a chapter, the table of contents names it as current and stays in view.
      const last = page.locator('nav.toc a').last();
      const target = decodeURIComponent((await last.getAttribute('href'))!.slice(1));
      await page.evaluate((id) => document.getElementById(id)!.scrollIntoView(), target);
      await expect.poll(() => last.getAttribute('aria-current')).toBe('true');
      expect(await page.locator('nav.toc a[aria-current]').count()).toBe(1);
      expect(await page.locator('nav.toc').evaluate((e) => e.getBoundingClientRect().top >= 0)).toBe(true);
    } finally {
      await session.close();
    }
  });

  // A 1280 px window at 200 % and 400 % zoom lays out like a 640 and a 320 px screen.
  test.each([
    [640, 2],
    [320, 4],
  ])('at %i CSS px (zoomed ×%i) the report reads in one column with its table of contents collapsed above', async (width) => {
    const session = await openPage(site.browser, site.origin, TEMPLATES.report, { width });
    try {
      const { page } = session;
      const toc = await page.locator('nav.toc').boundingBox();
      const paragraph = await page.locator('.prose p').first().boundingBox();
      expect(toc!.y + toc!.height).toBeLessThanOrEqual(paragraph!.y);
      expect(await page.locator('nav.toc details').getAttribute('open')).toBeNull();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    } finally {
      await session.close();
    }
  });

  test('the community page opens with its summary strip above the fold, before the table of contents', async () => {
    const session = await openPage(site.browser, site.origin, TEMPLATES.community, { width: 390 });
    try {
      const { page } = session;
      const strip = await page.locator('.summary-strip').boundingBox();
      const toc = await page.locator('nav.toc').boundingBox();
      expect(strip!.y).toBeLessThan(900);
      expect(strip!.y).toBeLessThan(toc!.y);
      const text = (await page.locator('.summary-strip').textContent())!.replace(/\s+/g, ' ');
      expect(text).toContain('✓ 组织设置规范达标');
      expect(text).toContain('居民满意度（2023年）');
      expect(text).toContain('市级示范社区');
    } finally {
      await session.close();
    }
  });
});
