import { describe, expect, test } from 'vitest';
import { planProfileRow, planYearlyRow } from '../../../src/tools/import/plan.ts';
import type { ParsedRow } from '../../../src/tools/import/rows.ts';
import { siteSchema } from '../../../src/lib/schema.ts';

const site = siteSchema.parse({
  title: '测试区',
  district: '测试区',
  period: { from: 2019, to: 2023 },
  standards: [
    { id: 'organization', name: '组织设置规范' },
    { id: 'venue', name: '阵地建设规范' },
  ],
});
const row = (values: Record<string, unknown>): ParsedRow => ({ line: 2, values: new Map(Object.entries(values)), errors: [], warnings: [] });
const DATA = {
  name: '荷塘社区',
  households: 2000,
  facility: { area_m2: 600, rooms: ['日间照料中心'] },
  standards: { organization: 'met', venue: { status: 'partial', note: '活动用房不足' } },
  funding: [
    { year: 2019, office: 3 },
    { year: 2021, office: 3, party: 1 },
  ],
  satisfaction: [{ year: 2021, pct: 85.5, sample: 200 }],
};

describe('planProfileRow', () => {
  test('edits only the values that differ, and says what changes', () => {
    expect(planProfileRow(row({ name: '荷塘社区', households: 2100, 'facility.rooms': ['日间照料中心'], 'facility.area_m2': 650 }), DATA, site)).toEqual({
      edits: [
        { path: ['households'], value: 2100 },
        { path: ['facility', 'area_m2'], value: 650 },
      ],
      changes: ['户数：2000 → 2100', '服务用房面积：600 → 650'],
    });
  });

  test("keeps a standard's note, changing only its status", () => {
    expect(planProfileRow(row({ 'standards.venue': 'met', 'standards.organization': 'met' }), DATA, site)).toEqual({
      edits: [{ path: ['standards', 'venue', 'status'], value: 'met' }],
      changes: ['阵地建设规范：partial → met'],
    });
  });

  test('names a value that was missing as empty', () => {
    expect(planProfileRow(row({ volunteers: 900 }), DATA, site)).toMatchObject({ changes: ['注册志愿者：（空） → 900'] });
  });

  test('refuses half a renovation project when the file has none', () => {
    expect(planProfileRow(row({ 'renovation.year': 2019 }), DATA, site)).toEqual({ error: '改造年份和改造投入要一起填写（文件中还没有改造建设项目）' });
    expect(planProfileRow(row({ 'renovation.year': 2020 }), { ...DATA, renovation: { year: 2019, cost_wan: 100 } }, site)).toMatchObject({ edits: [{ path: ['renovation', 'year'], value: 2020 }] });
  });
});

describe('planYearlyRow', () => {
  test("updates the year's rows where they exist", () => {
    expect(planYearlyRow(row({ year: 2021, 'funding.office': 4, 'funding.party': 1, 'satisfaction.pct': 88 }), DATA)).toEqual({
      edits: [
        { path: ['funding', 1, 'office'], value: 4 },
        { path: ['satisfaction', 0, 'pct'], value: 88 },
      ],
      changes: ['运转经费 2021 年 办公经费：3 → 4', '满意度 2021 年：85.5 → 88'],
    });
  });

  test('adds rows for a new year in year order', () => {
    expect(planYearlyRow(row({ year: 2020, 'funding.office': 3, 'satisfaction.pct': 80, 'satisfaction.sample': 150 }), DATA)).toEqual({
      edits: [
        { path: ['funding'], insert: { year: 2020, office: 3 }, index: 1 },
        { path: ['satisfaction'], insert: { year: 2020, pct: 80, sample: 150 }, index: 0 },
      ],
      changes: ['运转经费 2020 年：新增 { office: 3 }', '满意度 2020 年：新增 { pct: 80, sample: 150 }'],
    });
  });

  test('changes nothing when the sheet agrees with the file', () => {
    expect(planYearlyRow(row({ year: 2021, 'funding.office': 3, 'satisfaction.pct': 85.5 }), DATA)).toEqual({ edits: [], changes: [] });
  });

  test.each([
    ['without a year', { 'funding.office': 3 }, '年度：不能为空'],
    ['with a sample but no survey that year', { year: 2022, 'satisfaction.sample': 100 }, '满意度：为空，而文件中还没有 2022 年的满意度调查（样本数不能单独导入）'],
  ])('refuses a row %s', (_, values, error) => {
    expect(planYearlyRow(row(values), DATA)).toEqual({ error });
  });
});
