import { describe, expect, test } from 'vitest';
import { buildChart } from '../../../src/lib/charts/build.ts';
import type { ChartSpec } from '../../../src/lib/charts/spec.ts';
import { getStrings } from '../../../src/lib/i18n/index.ts';

const strings = getStrings('zh-CN').chart;
const communities = [
  { name: '青石社区', renovation: { cost_wan: 150 }, households: 3200 },
  { name: '白沙社区', renovation: { cost_wan: 260.5 }, households: 1800 },
  { name: '柳园社区', households: 900 },
];
const funding = [
  { year: 2018, office: 3, party: 1, special: 0 },
  { year: 2019, office: 3, party: 1, special: 20 },
];

const spec = (overrides: Partial<ChartSpec>): ChartSpec => ({ type: 'bar', title: '标题', from: 'communities', x: 'name', y: ['renovation.cost_wan'], ...overrides });

describe('buildChart', () => {
  test('tabulates exactly the plotted numbers, sorted, with — for a missing value', () => {
    const chart = buildChart(spec({ sort: 'desc' }), communities, { id: 'a', strings });
    expect(chart.columns.map((c) => c.label)).toEqual(['社区', '改造投入（万元）']);
    expect(chart.rows).toEqual([
      ['白沙社区', 260.5],
      ['青石社区', 150],
      ['柳园社区', null],
    ]);
    expect(chart.config.data.datasets[0].data).toEqual([260.5, 150, null]);
    expect(chart.config.data.labels).toEqual(['白沙社区', '青石社区', '柳园社区']);
  });

  test('sorts a stacked chart by its total', () => {
    const chart = buildChart(spec({ type: 'stacked-bar', from: 'district.funding', x: 'year', y: ['office', 'special'], sort: 'desc' }), funding, { id: 'b', strings });
    expect(chart.rows).toEqual([
      ['2019', 3, 20],
      ['2018', 3, 0],
    ]);
  });

  test('summarises the data for screen readers', () => {
    const chart = buildChart(spec({}), communities, { id: 'a', strings });
    expect(chart.summary).toBe('柱状图：标题；共 3 项；改造投入（万元）：最高 白沙社区 260.5，最低 青石社区 150，合计 410.5。');
  });

  test('writes the table as CSV with a BOM for Excel', () => {
    const chart = buildChart(spec({}), communities, { id: 'a', strings });
    expect(chart.csv).toBe('\uFEFF社区,改造投入（万元）\n青石社区,150\n白沙社区,260.5\n柳园社区,\n');
  });

  test('takes labels from a table description', () => {
    const chart = buildChart(spec({ from: 'data/t', x: 'group', y: ['pct_2023'] }), [{ group: '60岁以上', pct_2023: 93 }], { id: 'c', strings, columns: { group: '年龄段', pct_2023: '2023年满意度（%）' } });
    expect(chart.columns.map((c) => c.label)).toEqual(['年龄段', '2023年满意度（%）']);
    expect(chart.columns[1].format).toBe('pct');
  });

  test.each([
    ['sorted-bar', spec({ sort: 'desc' }), communities, undefined],
    ['stacked-bar', spec({ type: 'stacked-bar', from: 'district.funding', x: 'year', y: ['office', 'party', 'special'] }), funding, undefined],
    [
      'line-with-target',
      spec({ type: 'line', from: 'district.satisfaction', x: 'year', y: ['pct'], target: 'satisfaction_pct' }),
      [
        { year: 2019, pct: 82.5 },
        { year: 2020, pct: null },
        { year: 2021, pct: 88 },
      ],
      90,
    ],
    ['pie', spec({ type: 'pie', y: ['households'] }), communities, undefined],
    ['horizontal-bar', spec({ y: ['households'] }), Array.from({ length: 10 }, (_, i) => ({ name: `社区${i + 1}`, households: 1000 + i * 100 })), undefined],
  ])('gives %s the chart.js config of its golden file', async (name, chartSpec, rows, targetValue) => {
    const chart = buildChart(chartSpec, rows, { id: name, strings, targetValue });
    await expect(`${JSON.stringify(chart.config, null, 2)}\n`).toMatchFileSnapshot(`golden/${name}.json`);
  });
});
