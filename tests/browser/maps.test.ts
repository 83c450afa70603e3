import { describe, expect, test } from 'vitest';
import { hasChromium, useServedSite } from '../helpers/browser.ts';
import { openPage } from '../helpers/page-session.ts';

const PAGES = [
  ['overview', '/'],
  ['community', '/communities/liuyuan/'],
  ['report', '/reports/guifanhua-jianshe/'],
] as const;

describe.skipIf(!hasChromium())('maps in the browser (sample district)', () => {
  const site = useServedSite('sampleDist');

  const cases = PAGES.flatMap(([name, sitePath]) => [390, 1280].flatMap((width) => (['light', 'dark'] as const).map((scheme) => [name, width, scheme, sitePath] as const)));
  test.each(cases)('%s at %i px in %s mode: no sideways scroll, no request elsewhere, no error', async (name, width, colorScheme, sitePath) => {
    const session = await openPage(site.browser, site.origin, sitePath, { width, colorScheme });
    try {
      const figure = session.page.locator('figure.map-figure').first();
      await figure.scrollIntoViewIfNeeded();
      expect(await session.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
      await figure.screenshot({ path: `screenshots/map-${name}-${width}-${colorScheme}.png` });
      expect(session.outsideRequests).toEqual([]);
      expect(session.problems).toEqual([]);
    } finally {
      await session.close();
    }
  });

  test('the measure switch recolours the shapes and shows its legend; focus reads values as text', async () => {
    const session = await openPage(site.browser, site.origin, '/', { width: 390 });
    try {
      const { page } = session;
      const figure = page.locator('figure.map-figure').first();
      const street = figure.locator('.map-street').first();
      // A shape has the colour of its class's legend key for the measure shown.
      const fillMatchesLegend = (measure: number) =>
        street.evaluate((e, m) => {
          const key = e.closest('figure')!.querySelector(`[data-legend="${m}"] .map-key[data-c="${e.getAttribute(`data-c${m}`)}"]`)!;
          return getComputedStyle(e).fill === getComputedStyle(key).backgroundColor;
        }, measure);
      expect(await fillMatchesLegend(0)).toBe(true);
      await figure.getByRole('button', { name: '户均改造投入' }).click();
      expect(await figure.getAttribute('data-measure')).toBe('1');
      expect(await figure.locator('[data-legend="1"]').isVisible()).toBe(true);
      expect(await figure.locator('[data-legend="0"]').isVisible()).toBe(false);
      expect(await fillMatchesLegend(1)).toBe(true);
      await street.focus();
      expect(await figure.locator('.map-readout').textContent()).toMatch(/^白沙镇：规范达标率 [\d.]+%；户均改造投入 [\d,]+元\/户；最新满意度 [\d.]+%$/);
      await figure.getByRole('button', { name: '数据表' }).click();
      expect(await figure.locator('.map-box').isVisible()).toBe(false);
      expect(await figure.locator('.chart-table').isVisible()).toBe(true);
    } finally {
      await session.close();
    }
  });

  test('the PNG download draws the map without loading any image', async () => {
    const session = await openPage(site.browser, site.origin, '/', { width: 1280 });
    try {
      const figure = session.page.locator('figure.map-figure').first();
      const [download] = await Promise.all([session.page.waitForEvent('download'), figure.getByRole('button', { name: '下载图片' }).click()]);
      expect(download.suggestedFilename()).toBe('overview-map.png');
      expect(session.problems).toEqual([]);
    } finally {
      await session.close();
    }
  });

  test('reads without JavaScript: the map, its legend and its table are all there', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 900 } });
    try {
      const page = await context.newPage();
      await page.goto(`${site.origin}/`);
      const figure = page.locator('figure.map-figure').first();
      expect(await figure.locator('svg.map-svg').isVisible()).toBe(true);
      expect(await figure.locator('[data-legend="0"]').isVisible()).toBe(true);
      expect(await figure.locator('.chart-table').isVisible()).toBe(true);
    } finally {
      await context.close();
    }
  });
});
