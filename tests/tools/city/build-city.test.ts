import { cp, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parse as parseHtml } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { parse } from 'yaml';
import { buildSite } from '../../helpers/build-fixture.ts';
import { findBrokenLinks } from '../../helpers/links.ts';

// One city, built once: the sample district and a copy of the example's second district from
// their content folders, and the fixture site as a district known only by its published data.
let root = '';
let dist = '';
let firstBuild = '';
const read = (file: string) => readFile(path.join(dist, file), 'utf8');
const readJson = async <T>(file: string): Promise<T> => JSON.parse(await read(file)) as T;

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'shequ-city-'));
  dist = path.join(root, 'dist');
  await cp('examples/city/beihu', path.join(root, 'city', 'beihu'), { recursive: true });
  await writeFile(
    path.join(root, 'city', 'city.yaml'),
    [
      'title: 云岫市社区规范化建设经验交流',
      'city: 云岫市',
      'url: https://city.example.org',
      'districts:',
      `  - { slug: lanxi, content: ${path.resolve('content')} }`,
      '  - { slug: beihu, content: beihu }',
      `  - { slug: ceshi, data: ${path.join(inject('fixtureDist'), 'data')}, url: https://ceshi.example.org/ }`,
    ].join('\n'),
  );
  firstBuild = await buildSite(path.join(root, 'city'), dist);
  await buildSite(path.join(root, 'city', 'beihu'), path.join(root, 'beihu-alone'));
}, 300_000);
afterAll(() => rm(root, { recursive: true, force: true }));

/** The published communities of a content folder, read straight from their files. */
async function readCommunities(folder: string): Promise<Record<string, number | string | boolean>[]> {
  const files = (await readdir(path.join(folder, 'communities'))).filter((f) => f.endsWith('.md'));
  const all = await Promise.all(files.map(async (f) => parse((await readFile(path.join(folder, 'communities', f), 'utf8')).split(/^---$/m)[1]) as Record<string, number | string | boolean>));
  return all.filter((c) => c.draft !== true);
}

interface Totals {
  districts: number;
  communities: number;
  households: number;
  population: number;
  party_members: number;
}
interface Row {
  slug: string;
  kind: string;
  href: string;
  households: number;
  communities: number;
}

describe('buildCity', () => {
  test('the city totals equal sums taken straight from the districts’ files', async () => {
    const communities = (await Promise.all([path.resolve('content'), path.join(root, 'city', 'beihu'), 'tests/fixtures/site'].map(readCommunities))).flat();
    const { totals } = await readJson<{ totals: Totals }>('data/districts.json');
    const sum = (key: string) => communities.reduce((s, c) => s + (c[key] as number), 0);
    expect(totals).toMatchObject({ districts: 3, communities: communities.length, households: sum('households'), population: sum('population'), party_members: sum('party_members') });
    expect(firstBuild).toContain('重新构建的区：lanxi、beihu');
  });

  test('a district’s figures are the same in its own site and in the city', async () => {
    const alone = JSON.parse(await readFile(path.join(root, 'beihu-alone', 'data', 'site.json'), 'utf8')) as { figures: Record<string, number> };
    const inCity = await readJson<{ figures: Record<string, number> }>('beihu/data/site.json');
    expect(inCity.figures).toEqual(alone.figures);
    const { districts } = await readJson<{ districts: Row[] }>('data/districts.json');
    expect(districts.find((d) => d.slug === 'beihu')).toMatchObject({ households: alone.figures.households, communities: alone.figures.communities });
    // The overview's headline cards read the same on both sites.
    const cards = (html: string) =>
      parseHtml(html)
        .querySelectorAll('.figure-card')
        .map((c) => c.textContent.replace(/\s+/g, ' ').trim());
    expect(cards(await read('beihu/index.html'))).toEqual(cards(await readFile(path.join(root, 'beihu-alone', 'index.html'), 'utf8')));
  });

  test('the data-only district is compared and linked out to its own site', async () => {
    const { districts } = await readJson<{ districts: Row[] }>('data/districts.json');
    expect(districts.map((d) => [d.slug, d.kind])).toEqual([
      ['lanxi', 'content'],
      ['beihu', 'content'],
      ['ceshi', 'data'],
    ]);
    expect(districts[2]).toMatchObject({ href: 'https://ceshi.example.org/', communities: 2 });
    expect(await read('index.html')).toContain('href="https://ceshi.example.org/"');
    await expect(stat(path.join(dist, 'ceshi'))).rejects.toThrow();
  });

  test('every content district keeps all its pages under its slug, with the way back to the city', async () => {
    for (const page of ['lanxi/index.html', 'lanxi/communities/baisha/index.html', 'lanxi/reports/index.html', 'lanxi/standards/index.html', 'lanxi/compare/index.html', 'beihu/communities/hupan/index.html', 'beihu/pagefind/pagefind.js']) {
      await expect(stat(path.join(dist, page)), page).resolves.toBeTruthy();
    }
    const page = parseHtml(await read('beihu/communities/hupan/index.html'));
    expect(page.querySelector('.city-link')?.getAttribute('href')).toBe('/');
    expect(page.querySelector('.breadcrumbs a')?.textContent).toBe('云岫市社区规范化建设经验交流');
    expect(await findBrokenLinks(dist)).toEqual([]);
  });

  test('a content district’s /admin/ edits the district’s own folder, not the city build’s copy of it', async () => {
    const config = parse(await read('lanxi/admin/config.yml')) as { media_folder: string; collections: { folder: string }[] };
    // The sample district is the checkout's content/ folder: the CMS opens the checkout's repository.
    expect(config.media_folder).toBe('content/media');
    expect(config.collections.map((c) => c.folder)).toEqual(['content/communities', 'content/reports']);
    expect(await read('lanxi/admin/check/index.html')).not.toContain('.cache');
  });

  test('the city CSV holds every community with its district, and the feed and sitemap cover every district', async () => {
    const csv = await read('data/communities.csv');
    const lines = csv.trim().split('\n');
    expect(csv.startsWith('\uFEFF区,区代码,slug,')).toBe(true);
    const { totals } = await readJson<{ totals: Totals }>('data/districts.json');
    expect(lines).toHaveLength(totals.communities + 1);
    expect(new Set(lines.slice(1).map((l) => l.split(',')[1]))).toEqual(new Set(['lanxi', 'beihu', 'ceshi']));
    const rss = await read('rss.xml');
    expect(rss).toContain('https://city.example.org/beihu/reports/yanglao-fuwu/');
    expect(rss).toContain('https://ceshi.example.org/reports/');
    expect(await read('sitemap-index.xml')).toContain('https://city.example.org/lanxi/sitemap-0.xml');
  });
});

describe('buildCity rebuilds', () => {
  test('a change in one district rebuilds that district and the city pages, and reuses the others', async () => {
    const before = await stat(path.join(dist, 'lanxi', 'communities', 'baisha', 'index.html'));
    const file = path.join(root, 'city', 'beihu', 'communities', 'hupan.md');
    await writeFile(file, (await readFile(file, 'utf8')).replace('households: 2600', 'households: 2700'));
    const output = await buildSite(path.join(root, 'city'), dist);
    expect(output).toContain('重新构建的区：beihu，沿用未变的区：lanxi');
    // Reused, not rendered again: the very same file (a hard link to the district's last build).
    expect((await stat(path.join(dist, 'lanxi', 'communities', 'baisha', 'index.html'))).ino).toBe(before.ino);
    const { districts } = await readJson<{ districts: Row[] }>('data/districts.json');
    expect(districts.find((d) => d.slug === 'beihu')?.households).toBe(11700);
  }, 120_000);

  test('a district with an error stops the whole build with its problem at its file, and the city stays as it was', async () => {
    const index = await read('index.html');
    await writeFile(path.join(root, 'city', 'beihu', 'communities', 'huai.md'), '---\nname: 坏社区\nhouseholds: 很多\n---\n');
    const failure = await buildSite(path.join(root, 'city'), dist).then(
      () => '',
      (error: { stdout: string; stderr: string }) => error.stdout + error.stderr,
    );
    expect(failure).toContain(`${path.relative(process.cwd(), path.join(root, 'city', 'beihu', 'communities', 'huai.md'))}:3`);
    expect(failure).toContain('构建已停止');
    expect(await read('index.html')).toBe(index);
    await rm(path.join(root, 'city', 'beihu', 'communities', 'huai.md'));
  }, 120_000);
});
