import { beforeAll, describe, expect, test } from 'vitest';
import { parseChartSpec } from '../../../src/lib/charts/spec.ts';
import type { DataContext } from '../../../src/lib/charts/sources.ts';
import { loadProject } from '../../../src/lib/project.ts';
import { FIXTURE } from '../../helpers/content.ts';

const FILE = 'content/reports/a.md';
// The block's YAML starts on line 11 of the file; its opening fence is line 10.
const ORIGIN = { firstLine: 11, blockLine: 10 };
const VALID = 'type: bar\ntitle: 各社区改造投入\nfrom: communities\nx: name\ny: renovation.cost_wan\n';

let context: DataContext;
beforeAll(async () => {
  context = (await loadProject(FIXTURE)).context!;
});
const parse = (yaml: string, onCommunityPage = false) => parseChartSpec(yaml, FILE, ORIGIN, { ...context, onCommunityPage });

describe('parseChartSpec', () => {
  test('accepts a valid block and lists y', () => {
    const { resolved, problems } = parse(VALID);
    expect(problems).toEqual([]);
    expect(resolved?.spec).toEqual({ type: 'bar', title: '各社区改造投入', from: 'communities', x: 'name', y: ['renovation.cost_wan'] });
  });

  test.each([
    ['an unknown type', 'type: bar', 'type: column', 11, 'type', 'type：应为 bar、stacked-bar、line、pie、doughnut、radar、scatter、map 之一，现为 “column”'],
    [
      'an unknown source',
      'from: communities',
      'from: villages',
      13,
      'from',
      'from：没有名为“villages”的数据来源（可用：communities、district.funding、district.satisfaction、community.funding、community.satisfaction、community.services、data/<表名>）',
    ],
    [
      'a misspelt field',
      'y: renovation.cost_wan',
      'y: renovation.cost',
      15,
      'y',
      'y：“communities”中没有字段“renovation.cost”（是否应为“renovation.cost_wan”？可用：established、area_km2、households、population、party_members、facility.area_m2、facility.activity_share_pct、staff.workers、staff.licensed_social_workers、staff.seconded_cadres、grids、volunteers、social_orgs、renovation.year、renovation.cost_wan、area_per_100_households_m2、workers_per_10k_residents、funding_wan、satisfaction_pct）',
    ],
    ['a path through a list', 'y: renovation.cost_wan', 'y: funding.office', 15, 'y', 'y：“funding.office”经过一个列表，图表不能取列表中的字段（可改用 community.funding 等逐行的数据来源）'],
    ['a text field as y', 'y: renovation.cost_wan', 'y: street', 15, 'y', 'y：“street”不是数值字段，不能作为 y'],
    [
      'a misspelt field in a list',
      'y: renovation.cost_wan',
      'y: [households, populaton]',
      15,
      'y[1]',
      'y[1]：“communities”中没有字段“populaton”（是否应为“population”？可用：established、area_km2、households、population、party_members、facility.area_m2、facility.activity_share_pct、staff.workers、staff.licensed_social_workers、staff.seconded_cadres、grids、volunteers、social_orgs、renovation.year、renovation.cost_wan、area_per_100_households_m2、workers_per_10k_residents、funding_wan、satisfaction_pct）',
    ],
    ['an unknown target', 'y: renovation.cost_wan', 'y: renovation.cost_wan\ntarget: area', 16, 'target', 'target：site.yaml 的 targets 中没有“area”（可用：satisfaction_pct）'],
    ['two series on a pie', 'type: bar', 'type: pie', 15, 'y', 'y：pie 图只能有一个 y 字段，现有 2 个'],
    ['a missing key', 'x: name\n', '', 10, 'x', '缺少必填字段 x'],
    ['a page source outside a community page', 'from: communities', 'from: community.funding', 13, 'from', 'from：“community.funding”只能用在社区页面的正文中'],
    ['a misspelt CSV column', 'from: communities\nx: name\ny: renovation.cost_wan', 'from: data/jingfei\nx: year\ny: amout', 15, 'y', 'y：“data/jingfei”中没有字段“amout”（是否应为“amount”？可用：year、amount）'],
  ])('reports %s at the line of its key', (_, from, to, line, path, message) => {
    const yaml = from === 'type: bar' && to === 'type: pie' ? VALID.replace(from, to).replace('y: renovation.cost_wan', 'y: [households, population]') : VALID.replace(from, to);
    const { resolved, problems } = parse(yaml);
    expect(resolved).toBeUndefined();
    expect(problems).toEqual([expect.objectContaining({ file: FILE, line, path, message, severity: 'error' })]);
  });

  test('reports a YAML syntax error at the opening fence', () => {
    const { problems } = parse('type: bar\ntitle: [未闭合\n');
    expect(problems).toEqual([expect.objectContaining({ line: 10, message: expect.stringMatching(/^图表块的YAML 语法错误/) })]);
  });

  test('warns of an unknown key, naming the closest', () => {
    const { resolved, problems } = parse(`${VALID}captoin: 说明\n`);
    expect(resolved).toBeDefined();
    expect(problems).toEqual([expect.objectContaining({ line: 16, severity: 'warning', message: expect.stringContaining('是否应为“caption”') })]);
  });

  test('accepts the page community’s rows on a community page', () => {
    const { problems } = parse('type: stacked-bar\ntitle: 经费\nfrom: community.funding\nx: year\ny: [office, special, total]\n', true);
    expect(problems).toEqual([]);
  });
});

describe('parseChartSpec on incomplete blocks', () => {
  test.each([
    ['a missing type', VALID.replace('type: bar\n', ''), 10, '缺少必填字段 type'],
    ['a missing y', VALID.replace('y: renovation.cost_wan\n', ''), 10, '缺少必填字段 y'],
    ['an empty block', '', 10, '内容应为“字段: 值”形式的若干行，现为 空值'],
  ])('reports %s plainly', (_, yaml, line, message) => {
    expect(parse(yaml).problems).toEqual([expect.objectContaining({ line, message })]);
  });

  test('says x when a scatter chart’s x is not a number', () => {
    const { problems } = parse('type: scatter\ntitle: 散点\nfrom: communities\nx: name\ny: households\n');
    expect(problems.map((p) => p.message)).toEqual(['x：“name”不是数值字段，不能作为散点图的 x']);
  });
});
