import { describe, expect, test } from 'vitest';
import { hasChromium, useServedSite } from '../helpers/browser.ts';
import { openPage } from '../helpers/page-session.ts';

describe.skipIf(!hasChromium())('Chinese search on the sample district', () => {
  const site = useServedSite('sampleDist');

  /** Runs a search through the page's URL, as a shared link would, and lists the result links. */
  async function search(query: string, filters = ''): Promise<{ hrefs: string[]; problems: string[] }> {
    const session = await openPage(site.browser, site.origin, `/search/?q=${encodeURIComponent(query)}${filters}`);
    try {
      await session.page.waitForFunction(() => document.querySelector('[data-search-status]')?.textContent?.startsWith('找到') || document.querySelector('[data-search-status]')?.textContent?.startsWith('没有'), undefined, { timeout: 15_000 });
      const hrefs = await session.page.$$eval('.search-result h2 a', (links) => links.map((a) => a.getAttribute('href') ?? ''));
      return { hrefs, problems: [...session.problems, ...session.outsideRequests] };
    } finally {
      await session.close();
    }
  }

  test.each([
    ['日间照料', '/communities/liuyuan/'],
    ['四点半课堂', '/reports/sidianban-ketang/'],
    ['满意度', '/communities/'],
    ['双桥社区', '/communities/shuangqiao/'],
    ['运输协会', '/communities/shuangqiao/'],
    ['党建', '/reports/guifanhua-jianshe/'],
  ])('finds “%s” (unspaced Chinese) and leads to %s', async (query, expected) => {
    const { hrefs, problems } = await search(query);
    expect(problems).toEqual([]);
    expect(hrefs.length).toBeGreaterThan(0);
    expect(hrefs.slice(0, 5).some((href) => href.startsWith(expected))).toBe(true);
  });

  test('a street’s name finds that street’s communities, and the street filter keeps only them', async () => {
    const all = await search('桥北街道');
    expect(all.hrefs).toEqual(expect.arrayContaining(['/communities/liuyuan/', '/communities/jinxiu-huayuan/']));
    const filtered = await search('社区', `&street=${encodeURIComponent('白沙镇')}`);
    expect(filtered.hrefs.length).toBeGreaterThan(0);
    expect(filtered.hrefs.every((href) => ['/communities/xiwan/', '/communities/baisha/', '/communities/chashan/', '/communities/zhulin/'].includes(href))).toBe(true);
  });

  test('navigation and footer text are not indexed', async () => {
    // "Shequ" appears on every page, but only in the footer.
    expect((await search('Shequ')).hrefs).toEqual([]);
  });
});
