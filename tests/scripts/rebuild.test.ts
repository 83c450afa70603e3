import { appendFile, cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildSite } from '../helpers/build-fixture.ts';
import { createCoverPng } from '../../src/tools/generate/media.ts';
import { copyFixture, editFile } from '../helpers/content.ts';

/**
 * The community pages of a build log, and which of them Astro copied from the last build.
 * Pages render concurrently, so their log lines interleave; a copied page's "(restored)" is
 * written right after its path, while a rendered page's timing comes later.
 */
function readPageLog(log: string): { rendered: string[]; restored: string[] } {
  // eslint-disable-next-line no-control-regex
  const text = log.replace(/\u001b\[[0-9;]*m/g, '');
  const pages = [...text.matchAll(/├─ \/communities\/([a-z0-9-]+)\/index\.html( \(restored\))?/g)].map((m) => ({ slug: m[1], restored: Boolean(m[2]) }));
  return {
    rendered: pages
      .filter((p) => !p.restored)
      .map((p) => p.slug)
      .sort(),
    restored: pages
      .filter((p) => p.restored)
      .map((p) => p.slug)
      .sort(),
  };
}

// Rebuilds of the sample district (22 communities) into the same output folder, one edit at a time.
describe('rebuilding after an edit', () => {
  let root: string;
  const content = () => path.join(root, 'content');
  const out = () => path.join(root, 'dist');
  const page = (slug: string) => readFile(path.join(out(), 'communities', slug, 'index.html'), 'utf8');
  let communities: string[];

  beforeAll(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), 'shequ-rebuild-'));
    await cp('content', content(), { recursive: true });
    const first = readPageLog(await buildSite(content(), out(), { log: true }));
    communities = first.rendered;
  }, 120_000);
  afterAll(() => rm(root, { recursive: true, force: true }));

  test('renders only the edited community’s page, copies the other 21, and re-indexes its search shard', async () => {
    expect(communities).toHaveLength(22);
    await appendFile(path.join(content(), 'communities', 'dukou.md'), '\n渡口社区的这句话是重建测试加上的。\n');
    const log = await buildSite(content(), out(), { log: true });
    expect(readPageLog(log)).toEqual({ rendered: ['dukou'], restored: communities.filter((s) => s !== 'dukou') });
    expect(await page('dukou')).toContain('渡口社区的这句话是重建测试加上的。');
    expect(log).toMatch(/搜索索引：\d+ 个页面\n/);
    expect(log).not.toContain('沿用');
  }, 120_000);

  test('with nothing changed, copies every page and reuses the search index', async () => {
    const log = await buildSite(content(), out(), { log: true });
    expect(readPageLog(log)).toEqual({ rendered: [], restored: communities });
    expect(log).toContain('（未变，沿用上次的索引）');
  }, 120_000);

  test('a renamed community re-renders the pages of its street (their pager and street map name it)', async () => {
    await editFile(content(), 'communities/liuyuan.md', /^name: 柳园社区$/m, 'name: 柳园新社区');
    const { rendered } = readPageLog(await buildSite(content(), out(), { log: true }));
    expect(rendered).toEqual(['gulou', 'jiangpan', 'jinxiu-huayuan', 'liuyuan', 'mianfang']);
    expect(await page('mianfang')).toContain('柳园新社区');
    expect(await page('gulou')).toMatch(/<title id="[^"]+">柳园新社区（桥北街道）：/);
  }, 120_000);

  test('a setting every page shows re-renders every page', async () => {
    await editFile(content(), 'site.yaml', /^title: (.*)$/m, 'title: $1（修订）');
    const { rendered, restored } = readPageLog(await buildSite(content(), out(), { log: true }));
    expect(restored).toEqual([]);
    expect(rendered).toEqual(communities);
    expect(await page('dukou')).toContain('（修订）');
  }, 120_000);
});

describe('rebuilding after an image is replaced under the same name', () => {
  test('re-renders the page that shows it, with the new picture', async () => {
    const content = await copyFixture();
    const out = path.join(await mkdtemp(path.join(os.tmpdir(), 'shequ-rebuild-image-')), 'dist');
    const images = async () => (await readFile(path.join(out, 'communities', 'hetang', 'index.html'), 'utf8')).match(/src="[^"]*\/_astro\/hetang[^"]*"/g);
    try {
      await buildSite(content, out);
      const before = await images();
      // hetang.md shows media/hetang.png as its cover and in its body.
      await writeFile(path.join(content, 'media', 'hetang.png'), createCoverPng(64, 36, [200, 30, 30], [30, 30, 200]));
      // The picture's module is part of the page code Astro hashes, so other pages may render too.
      const { rendered } = readPageLog(await buildSite(content, out, { log: true }));
      expect(rendered).toContain('hetang');
      const after = await images();
      expect(after).toHaveLength(before?.length ?? 0);
      expect(after).not.toEqual(before);
    } finally {
      await rm(content, { recursive: true, force: true });
      await rm(path.dirname(out), { recursive: true, force: true });
    }
  }, 120_000);
});
