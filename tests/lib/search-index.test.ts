import { cp, mkdir, mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { indexSite } from '../../src/lib/search-index.ts';

const page = (title: string, body = true) =>
  `<!doctype html><html lang="zh-CN"><head><title>${title}</title></head><body><nav>导航</nav>` +
  `<main${body ? ' data-pagefind-body' : ''}><h1>${title}</h1><p>${title}开展日间照料和四点半课堂。</p></main></body></html>`;

describe('indexSite', () => {
  let root: string;
  const site = () => path.join(root, 'site');
  const readJson = async (file: string) => JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>;

  beforeAll(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), 'shequ-index-'));
    for (const slug of ['a', 'b', 'c', 'd', 'e', 'f', 'g']) {
      await mkdir(path.join(site(), 'communities', slug), { recursive: true });
      await writeFile(path.join(site(), 'communities', slug, 'index.html'), page(`${slug}社区`));
    }
    // A page without a body to index (a list page): not indexed, not counted.
    await writeFile(path.join(site(), 'index.html'), page('总览', false));
    vi.stubEnv('SHEQU_PAGES_PER_SHARD', '3');
  });
  afterAll(async () => {
    vi.unstubAllEnvs();
    await rm(root, { recursive: true, force: true });
  });

  /** A copy of the site without its search index, as a new build would have it. */
  async function copySite(name: string): Promise<string> {
    const copy = path.join(root, name);
    await cp(site(), copy, { recursive: true, filter: (from) => !from.includes(`${path.sep}pagefind`) });
    return copy;
  }

  test('splits a site past the shard size into shards, listed for the search page', async () => {
    expect(await indexSite(site())).toEqual({ pages: 7, shards: 3, reused: 0 });
    expect(await readJson(path.join(site(), 'pagefind', 'shards.json'))).toEqual({ shards: ['shard-1/', 'shard-2/'] });
    let pages = 0;
    for (const folder of ['pagefind', 'pagefind/shard-1', 'pagefind/shard-2']) {
      const names = await readdir(path.join(site(), folder));
      expect(names).toContain('pagefind-entry.json');
      expect(names.some((n) => n.endsWith('.pf_meta'))).toBe(true);
      pages += (await readJson(path.join(site(), folder, 'shequ-shard.json'))).pages as number;
    }
    expect(pages).toBe(7);
  });

  test('reuses every shard of an unchanged site (hard links), and re-indexes only the shard of a changed page', async () => {
    const same = await copySite('same');
    expect(await indexSite(same, { reuseFrom: site() })).toEqual({ pages: 7, shards: 3, reused: 3 });
    const entry = (dir: string) => stat(path.join(dir, 'pagefind', 'pagefind-entry.json'));
    expect((await entry(same)).ino).toBe((await entry(site())).ino);

    const changed = await copySite('changed');
    await writeFile(path.join(changed, 'communities', 'c', 'index.html'), page('c社区改名'));
    expect(await indexSite(changed, { reuseFrom: site() })).toEqual({ pages: 7, shards: 3, reused: 2 });
    const stamps = async (dir: string) => Promise.all(['pagefind', 'pagefind/shard-1', 'pagefind/shard-2']
      .map(async (folder) => (await readJson(path.join(dir, folder, 'shequ-shard.json'))).stamp));
    const [before, after] = [await stamps(site()), await stamps(changed)];
    expect(after.filter((stamp, i) => stamp !== before[i])).toHaveLength(1);
  });
});
