import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { hasChromium, useServedSite } from '../helpers/browser.ts';
import { buildSite } from '../helpers/build-fixture.ts';
import { openPage } from '../helpers/page-session.ts';

/** Runs a search through the page's URL, as a shared link would, and lists the result links. */
async function searchSite(site: { browser: Browser; origin: string }, query: string, filters = ''): Promise<{ hrefs: string[]; streets: string[]; problems: string[] }> {
  const session = await openPage(site.browser, site.origin, `/search/?q=${encodeURIComponent(query)}${filters}`);
  try {
    await session.page.waitForFunction(() => document.querySelector('[data-search-status]')?.textContent?.startsWith('找到') || document.querySelector('[data-search-status]')?.textContent?.startsWith('没有'), undefined, { timeout: 15_000 });
    const hrefs = await session.page.$$eval('.search-result h2 a', (links) => links.map((a) => a.getAttribute('href') ?? ''));
    const streets = await session.page.$$eval('select[name="street"] option', (options) => options.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
    return { hrefs, streets, problems: [...session.problems, ...session.outsideRequests] };
  } finally {
    await session.close();
  }
}

describe.skipIf(!hasChromium())('Chinese search on the sample district', () => {
  const site = useServedSite('sampleDist');

  const search = (query: string, filters = '') => searchSite(site, query, filters);

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

// A large site's index comes in shards that the search page merges (one Pagefind instance per
// shard, the WebAssembly loaded once). The sample split into shards of 8 pages must still lead
// to the right pages and offer every filter value.
describe.skipIf(!hasChromium())('search over a sharded index', () => {
  let root = '';
  beforeAll(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), 'shequ-shards-'));
    await buildSite('content', path.join(root, 'dist'), { env: { SHEQU_PAGES_PER_SHARD: '8' } });
  }, 120_000);
  afterAll(() => rm(root, { recursive: true, force: true }));
  const sharded = useServedSite(() => path.join(root, 'dist'));
  const single = useServedSite('sampleDist');

  test('the index is in shards', async () => {
    const { shards } = JSON.parse(await readFile(path.join(root, 'dist', 'pagefind', 'shards.json'), 'utf8')) as { shards: string[] };
    expect(shards).toEqual(['shard-1/', 'shard-2/', 'shard-3/']);
  });

  test.each([
    ['日间照料', '/communities/liuyuan/'],
    ['四点半课堂', '/reports/sidianban-ketang/'],
    ['运输协会', '/communities/shuangqiao/'],
    ['党建', '/reports/guifanhua-jianshe/'],
  ])('“%s” leads to %s', async (query, expected) => {
    const { hrefs, problems } = await searchSite(sharded, query);
    expect(problems).toEqual([]);
    expect(hrefs.slice(0, 5).some((href) => href.startsWith(expected))).toBe(true);
  });

  test('filters list the values of every shard and keep only matching pages', async () => {
    const street = `&street=${encodeURIComponent('白沙镇')}`;
    const [a, b] = [await searchSite(sharded, '社区', street), await searchSite(single, '社区', street)];
    expect(a.streets).toEqual(b.streets);
    expect(a.streets).toHaveLength(5);
    expect(a.hrefs.length).toBeGreaterThan(0);
    expect(a.hrefs.every((href) => ['/communities/xiwan/', '/communities/baisha/', '/communities/chashan/', '/communities/zhulin/'].includes(href))).toBe(true);
  });
});
