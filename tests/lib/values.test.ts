import { beforeAll, describe, expect, test } from 'vitest';
import type { DataContext } from '../../src/lib/charts/sources.ts';
import { loadProject } from '../../src/lib/project.ts';
import { evaluateInlineValue } from '../../src/lib/values.ts';
import { FIXTURE } from '../helpers/content.ts';

let context: DataContext;
beforeAll(async () => {
  context = (await loadProject(FIXTURE)).context!;
});
const hetang = () => ({ ...context, community: context.communities.find((c) => c.name === '荷塘社区') });

// The fixture: 荷塘 (2,000 households, 120.5万元 renovation, 2 funding rows = 111万元, latest survey 91)
// and 柳岸 (1,000 households, no survey); data/jingfei.csv amounts 10.5 and 12.
describe('evaluateInlineValue', () => {
  test.each([
    ['district.communities', '2'],
    ['district.households', '3,000'],
    ['district.households | int', '3,000'],
    ['district.investment_wan | wan', '120.5万元'],
    ['district.funding_wan|wan', '111万元'],
    ['district.standards_met_pct | pct', '50.0%'],
    ['district.satisfaction_pct | pct', '91.0%'],
    ['district.seconded_cadres', '2'],
    ['district.demonstrations', '1'],
    ['sum data/jingfei amount | wan', '22.5万元'],
    ['avg data/jingfei amount', '11.25'],
    ['min data/jingfei amount', '10.5'],
    ['max data/jingfei year', '2,022'],
    ['count data/jingfei amount', '2'],
  ])('gives %s as %s', (expression, text) => {
    expect(evaluateInlineValue(expression, context)).toEqual({ text });
  });

  test.each([
    ['community.households | int', '2,000'],
    ['community.facility.area_m2', '600'],
    ['community.renovation.cost_wan | wan', '120.5万元'],
    ['community.area_per_100_households_m2', '30'],
    ['community.funding_wan | wan', '111万元'],
  ])('gives the page community’s %s as %s', (expression, text) => {
    expect(evaluateInlineValue(expression, hetang())).toEqual({ text });
  });

  test.each([
    ['district.housholds', '内嵌数值“district.housholds”未知：是否应为“district.households”？'],
    ['district.households | yuan', '内嵌数值的格式“yuan”未知（可用：wan、pct、int）'],
    ['district.households | int | wan', '内嵌数值“district.households | int | wan”只能有一个格式（| wan、| pct 或 | int）'],
    ['community.households', '内嵌数值“community.households”只能用在社区页面的正文中'],
    ['households', '内嵌数值“households”无法识别：应为 district.<名称>、community.<字段> 或 sum data/<表名> <列名>'],
    ['alert(1)', '内嵌数值“alert(1)”无法识别：应为 district.<名称>、community.<字段> 或 sum data/<表名> <列名>'],
    ['sum data/nothing amount', '没有数据表 data/nothing（应有文件 data/nothing.csv）'],
    ['sum data/jingfei amout', '数据表 data/jingfei 没有“amout”列（现有列：year、amount）'],
    ['median data/jingfei amount', '内嵌数值的运算“median”未知（可用：sum、avg、min、max、count）'],
  ])('reports %s', (expression, error) => {
    expect(evaluateInlineValue(expression, context)).toEqual({ error });
  });

  test.each([
    ['community.grids', '内嵌数值“community.grids”没有值（该字段缺失）'],
    ['community.name', '内嵌数值“community.name”是文字“荷塘社区”，不是数'],
    ['community.facility', '内嵌数值“community.facility”不是一个数，而是列表或对象'],
  ])('reports the page community’s %s', (expression, error) => {
    expect(evaluateInlineValue(expression, hetang())).toEqual({ error });
  });
});

describe('evaluateInlineValue with invalid community files', () => {
  test('shows a missing district value as — instead of a second error', () => {
    const incomplete = { ...context, incomplete: true, district: { ...context.district, satisfaction_pct: null } };
    expect(evaluateInlineValue('district.satisfaction_pct | pct', incomplete)).toEqual({ text: '—' });
    expect(evaluateInlineValue('district.satisfaction_pct | pct', { ...incomplete, incomplete: false })).toEqual({ error: '内嵌数值“district.satisfaction_pct”没有值（该字段缺失）' });
  });
});

describe('evaluateInlineValue on a misspelt community field', () => {
  test('names the closest field', () => {
    expect(evaluateInlineValue('community.housholds', hetang())).toEqual({ error: '内嵌数值“community.housholds”未知：社区没有字段“housholds”（是否应为“community.households”？）' });
  });
});
