import { describe, expect, test } from 'vitest';
import budgets from '../budgets.json' with { type: 'json' };
import { hasChromium, TEMPLATES, useServedSite } from '../helpers/browser.ts';
import { openPage, saveScreenshot, scrollThrough } from '../helpers/page-session.ts';

describe.skipIf(!hasChromium())('the sample site in Chromium', () => {
  const site = useServedSite('sampleDist');

  test.each(Object.entries(TEMPLATES))('%s loads under the CSP with no error, failed request or request to another host', async (name, sitePath) => {
    for (const width of [390, 1280]) {
      const session = await openPage(site.browser, site.origin, sitePath, { width });
      try {
        await scrollThrough(session.page);
        await saveScreenshot(session.page, `${name}-${width}`);
        expect(session.problems).toEqual([]);
        expect(session.outsideRequests).toEqual([]);
        expect(await session.page.locator('meta[http-equiv="content-security-policy"]').count()).toBe(1);
      } finally {
        await session.close();
      }
    }
  });

  test.each(['overview', 'community', 'report'] as const)('every chart on the %s page is drawn once scrolled into view', async (name) => {
    const session = await openPage(site.browser, site.origin, TEMPLATES[name]);
    try {
      const drawnBefore = await session.page.locator('figure.chart[data-drawn]').count();
      const total = await session.page.locator('figure.chart canvas').count();
      expect(total).toBeGreaterThan(0);
      // Lazy: charts far below the first screen wait until they are scrolled to.
      if (name === 'overview') expect(drawnBefore).toBeLessThan(total);
      await scrollThrough(session.page);
      const inked = await session.page.$$eval('figure.chart canvas', (canvases) =>
        (canvases as HTMLCanvasElement[]).map((canvas) => {
          const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
          let ink = 0;
          for (let i = 3; i < data.length; i += 4) if (data[i] > 0) ink++;
          return ink;
        }),
      );
      expect(inked.length).toBe(total);
      expect(inked.every((ink) => ink > 1000)).toBe(true);
    } finally {
      await session.close();
    }
  });

  test('the chart/table toggle switches between the canvas and the table', async () => {
    const session = await openPage(site.browser, site.origin, TEMPLATES.overview);
    try {
      const figure = session.page.locator('figure.chart:has(canvas)').first();
      await expect.poll(() => figure.locator('.chart-table').isVisible()).toBe(false);
      await figure.getByRole('button', { name: '数据表' }).click();
      expect(await figure.locator('.chart-table').isVisible()).toBe(true);
      expect(await figure.locator('canvas').isVisible()).toBe(false);
      expect(await figure.getByRole('button', { name: '数据表' }).getAttribute('aria-pressed')).toBe('true');
      await figure.getByRole('button', { name: '图表' }).click();
      // A chart below the first screen (the overview's map comes first) is drawn on this click.
      await expect.poll(() => figure.locator('canvas').isVisible()).toBe(true);
    } finally {
      await session.close();
    }
  });

  test('a chart’s CSV download serves the rows its table shows', async () => {
    const session = await openPage(site.browser, site.origin, TEMPLATES.overview);
    try {
      const figures = await session.page.locator('figure.chart:has(canvas)').all();
      for (const figure of figures) {
        const href = await figure.locator('a.chart-download').getAttribute('href');
        const response = await session.page.request.get(`${site.origin}${href}`);
        expect(response.ok()).toBe(true);
        const csv = (await response.text())
          .replace(/^\uFEFF/, '')
          .trim()
          .split('\n')
          .map((line) => line.split(',')[0]);
        const tableRows = await figure.locator('.chart-table tbody th').allTextContents();
        expect(csv.slice(1)).toEqual(tableRows);
      }
    } finally {
      await session.close();
    }
  });

  test('script budgets hold: chart code only where charts are, and only after scrolling', async () => {
    const gz = (scripts: { gzip: number }[]) => scripts.reduce((sum, s) => sum + s.gzip, 0);
    const chartPage = await openPage(site.browser, site.origin, TEMPLATES.overview);
    try {
      // Chart code is the lazy chart.js chunk and the small script that draws charts.
      const otherAtLoad = gz(chartPage.scripts.filter((s) => s.atLoad && !/chart/i.test(s.url)));
      await scrollThrough(chartPage.page);
      const all = gz(chartPage.scripts);
      console.log(`JS on the overview: ${otherAtLoad} B gzip of non-chart code at load, ${all} B in all after scrolling`);
      expect(otherAtLoad).toBeLessThanOrEqual(budgets.otherJsAtLoadGzip);
      expect(all).toBeLessThanOrEqual(budgets.jsChartPageAfterScrollGzip);
    } finally {
      await chartPage.close();
    }
    for (const sitePath of [TEMPLATES.directory, TEMPLATES.standards, TEMPLATES.notFound]) {
      const plain = await openPage(site.browser, site.origin, sitePath);
      try {
        await scrollThrough(plain.page);
        expect(gz(plain.scripts.filter((s) => /chart/i.test(s.url)))).toBe(budgets.chartJsOnChartFreePageGzip);
        expect(gz(plain.scripts)).toBeLessThanOrEqual(budgets.otherJsAtLoadGzip);
      } finally {
        await plain.close();
      }
    }
  });
});
