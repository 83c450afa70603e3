import { describe, expect, test } from 'vitest';
import { hasChromium, useServedSite } from '../helpers/browser.ts';
import { openPage, scrollThrough } from '../helpers/page-session.ts';

describe.skipIf(!hasChromium())('reading the sample district in Chromium', () => {
  const site = useServedSite('sampleDist');

  test('the directory filters and sorts the cards, keeping the state in the URL', async () => {
    const session = await openPage(site.browser, site.origin, '/communities/', { width: 390 });
    try {
      const { page } = session;
      const visibleNames = () => page.$$eval('article.card:not([hidden]) .card-title', (titles) => titles.filter((t) => (t as HTMLElement).offsetParent !== null).map((t) => t.textContent));
      expect(await visibleNames()).toHaveLength(22);
      await page.selectOption('select[name="street"]', '白沙镇');
      expect(await visibleNames()).toEqual(['白沙社区', '茶山社区', '西湾社区', '竹林社区']);
      await page.selectOption('select[name="standard"]', 'rules');
      await page.selectOption('select[name="status"]', 'unmet');
      expect(await visibleNames()).toEqual(['西湾社区']);
      expect(new URL(page.url()).searchParams.get('status')).toBe('unmet');
      // A shared link opens the same view, sorted as it was.
      const shared = await openPage(site.browser, site.origin, '/communities/?type=%E6%9D%91%E6%94%B9%E5%B1%85&sort=households');
      try {
        const households = await shared.page.$$eval('[data-directory-sorted] article.card', (cards) => cards.map((c) => Number((c as HTMLElement).dataset.households)));
        expect(households.length).toBe(4);
        expect(households).toEqual([...households].sort((a, b) => b - a));
        expect(shared.problems).toEqual([]);
      } finally {
        await shared.close();
      }
      expect(session.problems).toEqual([]);
    } finally {
      await session.close();
    }
  });

  test('three communities picked in the directory are compared side by side', async () => {
    const session = await openPage(site.browser, site.origin, '/communities/');
    try {
      for (const slug of ['liuyuan', 'shuangqiao', 'xiwan']) await session.page.check(`article.card[data-slug="${slug}"] [data-compare-pick]`);
      await session.page.click('[data-compare-link]');
      await session.page.waitForSelector('#compare-figures');
      expect(new URL(session.page.url()).searchParams.get('c')).toBe('liuyuan,shuangqiao,xiwan');
      const head = await session.page.$$eval('.compare table thead tr', (rows) => [...rows[0].querySelectorAll('th')].map((th) => th.textContent));
      expect(head).toEqual(['指标', '柳园社区', '双桥社区', '西湾社区', '全区中位数']);
      await scrollThrough(session.page);
      expect(await session.page.locator('.compare figure.chart[data-drawn]').count()).toBe(2);
      expect(session.problems).toEqual([]);
    } finally {
      await session.close();
    }
  });

  test('a theme choice applies before paint and persists across pages', async () => {
    const context = await site.browser.newContext({ colorScheme: 'light' });
    try {
      const page = await context.newPage();
      await page.goto(`${site.origin}/`);
      const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      expect(await background()).toBe('rgb(255, 255, 255)');
      await page.click('[data-theme-toggle]');
      expect(await page.getAttribute('html', 'data-theme')).toBe('dark');
      await page.goto(`${site.origin}/standards/`);
      // The head script set the theme before the stylesheet applied: no light flash to catch.
      expect(await page.getAttribute('html', 'data-theme')).toBe('dark');
      expect(await background()).toBe('rgb(21, 21, 21)');
      expect(await page.getAttribute('[data-theme-toggle]', 'aria-pressed')).toBe('true');
    } finally {
      await context.close();
    }
  });

  test('printing shows no navigation, and charts fit the page', async () => {
    const session = await openPage(site.browser, site.origin, '/communities/shuangqiao/');
    try {
      await scrollThrough(session.page);
      await session.page.emulateMedia({ media: 'print' });
      await session.page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
      expect(await session.page.locator('.site-header nav').isVisible()).toBe(false);
      expect(await session.page.locator('.header-tools').isVisible()).toBe(false);
      const widths = await session.page.$$eval('figure.chart canvas', (canvases) => canvases.map((c) => c.getBoundingClientRect().width));
      const pageWidth = await session.page.evaluate(() => document.querySelector('main')!.getBoundingClientRect().width);
      expect(widths.length).toBeGreaterThan(0);
      expect(widths.every((w) => w > 100 && w <= pageWidth + 1)).toBe(true);
      await session.page.screenshot({ path: 'screenshots/print-community.png', fullPage: true });
    } finally {
      await session.close();
    }
  });
});
