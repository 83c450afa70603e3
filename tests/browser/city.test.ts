import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { hasChromium, useServedSite } from '../helpers/browser.ts';
import { buildSite } from '../helpers/build-fixture.ts';
import { openPage, saveScreenshot, scrollThrough } from '../helpers/page-session.ts';

const require = createRequire(import.meta.url);

// The example city (the sample district and 北湖区), built once for this file.
describe.skipIf(!hasChromium())('the example city in Chromium', () => {
  let root = '';
  beforeAll(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), 'shequ-city-browser-'));
    await buildSite('examples/city', path.join(root, 'dist'));
  }, 240_000);
  afterAll(() => rm(root, { recursive: true, force: true }));
  const site = useServedSite(() => path.join(root, 'dist'));

  /** Searches the whole city through the page's URL, as a shared link would. */
  async function search(query: string, district = ''): Promise<{ hrefs: string[]; districts: string[]; problems: string[] }> {
    const session = await openPage(site.browser, site.origin, `/search/?q=${encodeURIComponent(query)}${district ? `&district=${district}` : ''}`);
    try {
      await session.page.waitForFunction(() => /^(找到|没有)/.test(document.querySelector('[data-search-status]')?.textContent ?? ''), undefined, { timeout: 20_000 });
      const hrefs = await session.page.$$eval('.search-result h2 a', (links) => links.map((a) => a.getAttribute('href') ?? ''));
      const districts = await session.page.$$eval('select[name="district"] option', (options) => options.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
      return { hrefs, districts, problems: [...session.problems, ...session.outsideRequests] };
    } finally {
      await session.close();
    }
  }

  test('one search finds pages of every district', async () => {
    const { hrefs, districts, problems } = await search('日间照料');
    expect(problems).toEqual([]);
    expect(districts).toEqual(['lanxi', 'beihu']);
    expect(hrefs.some((h) => h.startsWith('/lanxi/'))).toBe(true);
    expect(hrefs.some((h) => h.startsWith('/beihu/'))).toBe(true);
  });

  test.each([['beihu'], ['lanxi']])('the district filter (%s) keeps only that district’s pages', async (slug) => {
    const { hrefs, problems } = await search('社区', slug);
    expect(problems).toEqual([]);
    expect(hrefs.length).toBeGreaterThan(0);
    expect(hrefs.every((h) => h.startsWith(`/${slug}/`))).toBe(true);
  });

  test('the compare view sets communities of two districts side by side', async () => {
    const session = await openPage(site.browser, site.origin, '/compare/?c=lanxi:baisha,beihu:hupan');
    try {
      await session.page.waitForSelector('[data-city-compare] table', { timeout: 15_000 });
      const head = await session.page.$eval('[data-city-compare] table', (table) => [...table.querySelectorAll('thead th')].map((c) => c.textContent));
      expect(head).toEqual(['指标', '白沙社区（岚溪区）', '湖畔社区（北湖区）']);
      // 北湖区 has no 队伍建设规范: said plainly, not shown as unmet.
      expect(await session.page.textContent('[data-city-compare]')).toContain('不适用');
      expect([...session.problems, ...session.outsideRequests]).toEqual([]);
    } finally {
      await session.close();
    }
  });

  test.each([[390], [1280]])('no city page scrolls sideways at %i px', async (width) => {
    for (const [name, sitePath] of [
      ['city-overview', '/'],
      ['city-districts', '/districts/'],
      ['city-reports', '/reports/'],
      ['city-data', '/data/'],
      ['city-compare', '/compare/?c=lanxi:baisha,beihu:hupan'],
    ]) {
      const session = await openPage(site.browser, site.origin, sitePath, { width });
      try {
        expect(await session.page.evaluate(() => document.documentElement.scrollWidth), name).toBeLessThanOrEqual(width);
        await saveScreenshot(session.page, `${name}-${width}`);
      } finally {
        await session.close();
      }
    }
  });

  test.each([['/'], ['/districts/'], ['/reports/'], ['/compare/?c=lanxi:baisha,beihu:hupan'], ['/search/?q=%E5%8A%A9%E9%A4%90']])('%s has no axe violations (WCAG 2.2 AA), light and dark', async (sitePath) => {
    const axeSource = await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
    for (const colorScheme of ['light', 'dark'] as const) {
      // axe is injected as a script, which the site's CSP rightly refuses: this context bypasses it.
      const session = await openPage(site.browser, site.origin, sitePath, { width: 390, colorScheme, bypassCSP: true });
      try {
        await scrollThrough(session.page);
        await session.page.addScriptTag({ content: axeSource });
        const violations = await session.page.evaluate(async () => {
          const result = await (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe.run(document, {
            runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
          });
          return result.violations.map(
            (v) =>
              `${v.id}: ${v.nodes
                .slice(0, 3)
                .map((n) => n.target.join(' '))
                .join(', ')}`,
          );
        });
        expect(violations, colorScheme).toEqual([]);
      } finally {
        await session.close();
      }
    }
  });
});
