import { mkdtemp, readFile, readdir, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { indexPages, PAGES_PER_SHARD, readPagesPerShard } from '../../../src/tools/search/index-pages.ts';
import type { SearchPage } from '../../../src/tools/search/pages.ts';

const page = (slug: string, name = `${slug}社区`): SearchPage => ({
  file: `communities/${slug}/index.html`,
  html: `<!doctype html><html lang="zh-CN"><body><main data-pagefind-body><h1>${name}</h1><p>${name}开展日间照料和四点半课堂。</p></main></body></html>`,
});
const PAGES = ['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((slug) => page(slug));

describe('indexPages', () => {
  let root: string;
  const readJson = async (file: string) => JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>;
  const stamps = (dir: string) => Promise.all(['', 'shard-1', 'shard-2'].map(async (folder) => (await readJson(path.join(dir, folder, 'shequ-shard.json'))).stamp));

  beforeAll(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), 'shequ-index-'));
  });
  afterAll(() => rm(root, { recursive: true, force: true }));

  test('splits pages past the shard size into shards, listed for the search page', async () => {
    const out = path.join(root, 'first');
    expect(await indexPages(PAGES, out, { pagesPerShard: 3 })).toEqual({ pages: 7, shards: 3, reused: 0 });
    expect(await readJson(path.join(out, 'shards.json'))).toEqual({ shards: ['shard-1/', 'shard-2/'] });
    let pages = 0;
    for (const folder of ['', 'shard-1', 'shard-2']) {
      const names = await readdir(path.join(out, folder));
      expect(names).toContain('pagefind-entry.json');
      expect(names.some((n) => n.endsWith('.pf_meta'))).toBe(true);
      pages += (await readJson(path.join(out, folder, 'shequ-shard.json'))).pages as number;
    }
    expect(pages).toBe(7);
  });

  test('reuses every shard of unchanged pages (hard links), and re-indexes only the shard of a changed page', async () => {
    const [first, same, changed] = ['first', 'same', 'changed'].map((name) => path.join(root, name));
    expect(await indexPages(PAGES, same, { pagesPerShard: 3, reuseFrom: first })).toEqual({ pages: 7, shards: 3, reused: 3 });
    const entry = (dir: string) => stat(path.join(dir, 'pagefind-entry.json'));
    expect((await entry(same)).ino).toBe((await entry(first)).ino);

    const edited = PAGES.map((p) => (p.file.includes('/c/') ? page('c', 'c社区改名') : p));
    expect(await indexPages(edited, changed, { pagesPerShard: 3, reuseFrom: first })).toEqual({ pages: 7, shards: 3, reused: 2 });
    const [before, after] = [await stamps(first), await stamps(changed)];
    expect(after.filter((stamp, i) => stamp !== before[i])).toHaveLength(1);
  });

  test('writes one bundle when the pages fit one shard', async () => {
    const out = path.join(root, 'one');
    expect(await indexPages(PAGES, out)).toEqual({ pages: 7, shards: 1, reused: 0 });
    expect(await readJson(path.join(out, 'shards.json'))).toEqual({ shards: [] });
  });
});

describe('readPagesPerShard', () => {
  test.each([
    ['8', 8],
    [undefined, PAGES_PER_SHARD],
    ['', PAGES_PER_SHARD],
    ['0', PAGES_PER_SHARD],
    ['-3', PAGES_PER_SHARD],
    ['2.5', PAGES_PER_SHARD],
    ['many', PAGES_PER_SHARD],
  ])('reads %j as %i', (text, expected) => {
    expect(readPagesPerShard(text)).toBe(expected);
  });
});
