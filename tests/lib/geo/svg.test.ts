import { parse } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import type { GeoLayers, MapItem } from '../../../src/lib/geo/map.ts';
import { buildMapChart } from '../../../src/lib/geo/map.ts';
import { renderMapFigure } from '../../../src/lib/geo/svg.ts';
import { getStrings } from '../../../src/lib/i18n/index.ts';

const t = getStrings('zh-CN');
const box = (x: number, y: number, w: number, h: number): [number, number][] => [
  [x, y],
  [x + w, y],
  [x + w, y + h],
  [x, y + h],
  [x, y],
];
const GEO: GeoLayers = {
  streets: {
    file: 's',
    kind: 'streets',
    features: [
      { key: '东城街道', polygons: [[box(120.1, 30, 0.1, 0.1)]], at: { line: 2 } },
      { key: '西城街道', polygons: [[box(120, 30, 0.1, 0.1)]], at: { line: 3 } },
    ],
  },
  communities: {
    file: 'c',
    kind: 'communities',
    features: [
      { key: 'hetang', polygons: [], point: [120.15, 30.05], at: { line: 2 } },
      { key: 'liuan', polygons: [[box(120.02, 30.02, 0.04, 0.04)]], at: { line: 3 } },
    ],
  },
};
const ITEMS: MapItem[] = [
  { kind: 'street', key: '东城街道', name: '东城街道', street: '东城街道', values: [50, 1200] },
  { kind: 'street', key: '西城街道', name: '西城街道', street: '西城街道', values: [100, null] },
  { kind: 'community', key: 'hetang', name: '荷塘社区', street: '东城街道', href: '/communities/hetang/', values: [50, 1200] },
  { kind: 'community', key: 'liuan', name: '柳岸社区', street: '西城街道', href: '/communities/liuan/', values: [100, null] },
];
const words = { street: t.map.street, community: t.map.community, wholeStreet: t.map.wholeStreet, map: t.chart.types.map, count: t.chart.count, highest: t.chart.highest, lowest: t.chart.lowest };
const build = (geo: GeoLayers) =>
  buildMapChart({
    id: 'fixture-map',
    title: '两个街道的达标率',
    words,
    geo,
    items: ITEMS,
    measures: [
      { label: '规范达标率', unit: '%', format: 'pct' },
      { label: '户均改造投入', unit: '元/户', format: 'int' },
    ],
  });
// One tag per line so that a change reads as a small diff.
const pretty = (html: string) => `${html.replace(/></g, '>\n<')}\n`;

describe('renderMapFigure', () => {
  test.each([
    ['geographic', GEO],
    ['schematic', {}],
  ])('draws the %s map of a small fixture', async (name, geo) => {
    const html = renderMapFigure(build(geo), t.chart, t.map, '/charts/fixture-map.csv', { highlight: 'hetang' });
    await expect(pretty(html)).toMatchFileSnapshot(`golden/${name}.html`);
  });

  test('names every shape with its values and never relies on colour alone', () => {
    const html = renderMapFigure(build(GEO), t.chart, t.map, '/x.csv');
    for (const name of ['东城街道', '西城街道', '荷塘社区（东城街道）', '柳岸社区（西城街道）']) expect(html).toMatch(new RegExp(`<title id="[^"]+">${name}：`));
    expect(html).toMatch(/<title id="[^"]+">西城街道：规范达标率 100.0%；户均改造投入 —（无数据）<\/title>/);
    expect(html).toContain('示意图，不作为权属界线依据');
  });

  test('names each shape by its own title (aria-labelledby), with ids unique across maps on one page', () => {
    const page = parse([build(GEO), { ...build({}), id: 'fixture-map-2' }].map((chart) => renderMapFigure(chart, t.chart, t.map, '/x.csv', { highlight: 'liuan' })).join(''));
    const shapes = page.querySelectorAll('.map-shape');
    expect(shapes).toHaveLength(6);
    for (const shape of shapes) {
      const title = shape.querySelector('title');
      expect(title?.getAttribute('id')).toBe(shape.getAttribute('aria-labelledby'));
      expect(title?.textContent).toMatch(/^(本社区：)?[^：]+：规范达标率 /);
      expect(shape.hasAttribute('aria-label')).toBe(false);
    }
    const ids = page.querySelectorAll('[id]').map((e) => e.getAttribute('id'));
    expect(new Set(ids).size).toBe(ids.length);
  });

  test('draws one map object for several pages exactly as fresh maps: the highlight never sticks', () => {
    const shared = build(GEO);
    const pages = [undefined, 'hetang', 'liuan', 'hetang', undefined].map((highlight) => renderMapFigure(shared, t.chart, t.map, '/x.csv', { highlight }));
    const fresh = [undefined, 'hetang', 'liuan', 'hetang', undefined].map((highlight) => renderMapFigure(build(GEO), t.chart, t.map, '/x.csv', { highlight }));
    expect(pages).toEqual(fresh);
    expect(pages[2].match(/is-current/g)).toHaveLength(1);
    expect(pages[2]).toMatch(/<a class="map-shape map-community is-current" href="\/communities\/liuan\/"/);
    expect(pages[4]).not.toContain('is-current');
    // English words on the same map object give English shapes, not the cached Chinese ones.
    const english = getStrings('en');
    expect(renderMapFigure(shared, english.chart, english.map, '/x.csv')).toContain(`（${english.map.noData}）`);
  });

  test('escapes names so content cannot inject markup', () => {
    const chart = buildMapChart({
      id: 'x',
      title: '<script>alert(1)</script>',
      words,
      geo: {},
      measures: [{ label: 'v', unit: '', format: 'number' }],
      items: [{ kind: 'community', key: 'a', name: '<img src=x onerror=alert(1)>', street: '"街道', values: [1] }],
    });
    const html = renderMapFigure(chart, t.chart, t.map, '/x.csv');
    expect(html).not.toMatch(/<script|<img/);
  });
});

describe('buildMapChart', () => {
  test('falls back to one tile per community, grouped by street, without boundaries', () => {
    const { map } = build({});
    expect(map.schematic).toBe(true);
    expect(map.shapes.map((s) => [s.key, s.tile !== undefined])).toEqual([
      ['hetang', true],
      ['liuan', true],
    ]);
    expect(map.labels.map((l) => l.text)).toEqual(['东城街道', '西城街道']);
  });

  test('keeps every value in the table and the CSV, missing values empty', () => {
    const chart = build(GEO);
    expect(chart.rows).toEqual([
      ['东城街道', '全街道（镇）', 50, 1200],
      ['西城街道', '全街道（镇）', 100, null],
      ['东城街道', '荷塘社区', 50, 1200],
      ['西城街道', '柳岸社区', 100, null],
    ]);
    expect(chart.csv.split(/\r?\n/)[0]).toBe('\uFEFF街道（镇）,社区,规范达标率（%）,户均改造投入（元/户）');
  });
});
