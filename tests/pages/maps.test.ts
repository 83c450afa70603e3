import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';
import type { HTMLElement } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { buildSite } from '../helpers/build-fixture.ts';
import { copyFixture } from '../helpers/content.ts';

const SAMPLE_STREETS = ['白沙镇', '南塘街道', '望江街道', '桥北街道', '青冈镇'];

async function readPage(dist: string, sitePath: string): Promise<HTMLElement> {
  return parse(await readFile(path.join(dist, sitePath, 'index.html'), 'utf8'));
}
const titlesOf = (figure: HTMLElement | null) => (figure?.querySelectorAll('svg title') ?? []).map((t) => t.textContent.split('：')[0]);
/** Every address a map figure could make the browser fetch: none may leave the site. */
const foreignUrls = (figure: HTMLElement) =>
  figure
    .querySelectorAll('[href], [src], [xlink\\:href]')
    .flatMap((e) => [e.getAttribute('href'), e.getAttribute('src'), e.getAttribute('xlink:href')])
    .filter((url) => url !== undefined && /^([a-z]+:)?\/\//i.test(url));

describe('maps of the sample district (with boundary files)', () => {
  const dist = () => inject('sampleDist');

  test('the overview draws an inline SVG naming every street and community, with no tile or request elsewhere', async () => {
    const figure = (await readPage(dist(), '/')).querySelector('figure.map-figure');
    expect(figure?.querySelector('svg.map-svg:not(.map-schematic)')).toBeTruthy();
    const titles = titlesOf(figure);
    for (const street of SAMPLE_STREETS) expect(titles).toContain(street);
    expect(titles.filter((t) => t.endsWith('社区）') || t.includes('社区（'))).toHaveLength(22);
    expect(foreignUrls(figure!)).toEqual([]);
    expect(figure?.toString()).not.toMatch(/tile|<img|<image/i);
    expect(figure?.querySelector('.map-note')?.textContent).toBe('示意图，不作为权属界线依据');
  });

  test('the largest map stays within 25 KB compressed', async () => {
    const figure = (await readPage(dist(), '/')).querySelector('figure.map-figure')!;
    expect(gzipSync(figure.toString()).length).toBeLessThanOrEqual(25 * 1024);
  });

  test('a community page shows its street with itself highlighted', async () => {
    const figure = (await readPage(dist(), '/communities/liuyuan/')).querySelector('figure.map-figure');
    // Its accessible name: the title its aria-labelledby points to.
    const current = figure?.querySelector('.is-current');
    expect(figure?.querySelector(`title[id="${current?.getAttribute('aria-labelledby')}"]`)?.textContent).toMatch(/^本社区：柳园社区（桥北街道）：规范达标率/);
    expect(titlesOf(figure)).toContain('桥北街道');
    expect(figure?.querySelector('.map-current')?.textContent).toBe('本社区：柳园社区');
  });

  test('the main report draws its map block, with a formula-safe CSV', async () => {
    const figure = (await readPage(dist(), '/reports/guifanhua-jianshe/')).querySelector('figure.map-figure');
    expect(titlesOf(figure).sort()).toEqual([...SAMPLE_STREETS].sort());
    const csvHref = figure!.querySelector('a.chart-download')!.getAttribute('href')!;
    const csv = await readFile(path.join(dist(), csvHref), 'utf8');
    expect(csv.split(/\r?\n/)[0]).toBe('\uFEFF街道（镇）,社区,改造投入（万元）');
  });
});

describe('maps of a district without boundary files (the fixture)', () => {
  const dist = () => inject('fixtureDist');

  test('the overview is a tile-grid map naming every community, grouped by street', async () => {
    const figure = (await readPage(dist(), '/')).querySelector('figure.map-figure');
    expect(figure?.querySelector('svg.map-schematic')).toBeTruthy();
    expect(titlesOf(figure)).toEqual(['荷塘社区（东城街道）', '柳岸社区（西城街道）']);
    expect(figure?.querySelectorAll('.map-labels text:not([data-halo])').map((t) => t.textContent)).toEqual(['东城街道', '西城街道']);
    expect(figure?.querySelector('.map-note')?.textContent).toContain('示意图，不作为权属界线依据');
  });
});

describe('maps of a district with streets.geojson only', () => {
  const state = { content: '', dist: '' };
  beforeAll(async () => {
    state.content = await copyFixture();
    const square = (x: number) => [
      [
        [x, 30],
        [x + 0.1, 30],
        [x + 0.1, 30.1],
        [x, 30.1],
        [x, 30],
      ],
    ];
    const features = ['东城街道', '西城街道'].map((name, i) => ({ type: 'Feature', properties: { name }, geometry: { type: 'Polygon', coordinates: square(120 + i * 0.1) } }));
    await mkdir(path.join(state.content, 'geo'));
    await writeFile(path.join(state.content, 'geo/streets.geojson'), JSON.stringify({ type: 'FeatureCollection', features }));
    state.dist = path.join(await mkdtemp(path.join(os.tmpdir(), 'shequ-maps-')), 'dist');
    await buildSite(state.content, state.dist);
  }, 120_000);
  afterAll(async () => {
    await rm(state.content, { recursive: true, force: true });
    if (state.dist) await rm(path.dirname(state.dist), { recursive: true, force: true });
  });

  test('the overview draws every street as a shape, with no request elsewhere', async () => {
    const figure = (await readPage(state.dist, '/')).querySelector('figure.map-figure')!;
    expect(figure.querySelectorAll('.map-street path')).toHaveLength(2);
    expect(titlesOf(figure)).toEqual(['东城街道', '西城街道']);
    expect(foreignUrls(figure)).toEqual([]);
  });
});
