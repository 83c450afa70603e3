import { describe, expect, test } from 'vitest';
import { formatCompleteness, OPTIONAL_FACTS, summarizeCompleteness } from '../../src/lib/completeness.ts';
import { getStrings } from '../../src/lib/i18n/index.ts';
import type { Community } from '../../src/lib/schema.ts';
import { communitySchema } from '../../src/lib/schema.ts';

const BASE = {
  name: '甲社区',
  street: '东城街道',
  type: '老旧小区',
  area_km2: 1,
  households: 100,
  population: 300,
  party_members: 10,
  facility: { area_m2: 100, rooms: [] },
  staff: { workers: 3 },
  standards: {},
};
const FULL = {
  ...BASE,
  established: 2000,
  facility: { area_m2: 100, activity_share_pct: 60, rooms: ['大厅'] },
  staff: { workers: 3, licensed_social_workers: 1, seconded_cadres: 1 },
  grids: 2,
  volunteers: 50,
  social_orgs: 3,
  partners: ['小学'],
  renovation: { year: 2020, cost_wan: 10 },
  services: [{ name: '课堂' }],
  milestones: [{ date: '2020-01-01', title: '成立' }],
  highlights: ['做法'],
  cover: '../media/a.png',
  funding: [2021, 2022, 2023].map((year) => ({ year, office: 1 })),
  satisfaction: [2021, 2022, 2023].map((year) => ({ year, pct: 90 })),
};
const community = (slug: string, data: object): { slug: string; data: Community } => ({ slug, data: communitySchema.parse(data) });
const communities = [community('jia', FULL), community('yi', { ...FULL, name: '乙社区', volunteers: undefined, partners: [], satisfaction: [{ year: 2022, pct: 80 }] }), community('bing', { ...BASE, name: '丙社区', funding: [{ year: 2021 }] })];
const summary = summarizeCompleteness(communities, { from: 2021, to: 2023 });

describe('summarizeCompleteness', () => {
  test('lists what each community lacks: optional facts, funding years, survey years', () => {
    expect(summary.communities.map((c) => [c.slug, c.missingFacts, c.missingFunding, c.missingSatisfaction])).toEqual([
      ['jia', [], [], []],
      ['yi', ['volunteers', 'partners'], [], [2021, 2023]],
      ['bing', OPTIONAL_FACTS, [2022, 2023], [2021, 2022, 2023]],
    ]);
  });

  test('counts the communities lacking each year and each fact', () => {
    expect(summary.years).toEqual([
      { year: 2021, funding: 0, satisfaction: 2 },
      { year: 2022, funding: 1, satisfaction: 1 },
      { year: 2023, funding: 1, satisfaction: 2 },
    ]);
    expect(summary.facts.find((f) => f.fact === 'volunteers')).toEqual({ fact: 'volunteers', missing: 2 });
    expect(summary.facts.find((f) => f.fact === 'established')).toEqual({ fact: 'established', missing: 1 });
    expect(summary.complete).toBe(1);
  });
});

describe('formatCompleteness', () => {
  test("prints the district's gaps, then each community's", () => {
    const lines = formatCompleteness(summary, getStrings('zh-CN').completeness, 2).split('\n');
    expect(lines.slice(0, 5)).toEqual(['资料完整性（报告期 2021–2023 年）：3 个社区，1 个资料齐全', '另有 2 个草稿社区，未计入。', '全区：', '  运转经费 2022：1 个社区缺失', '  运转经费 2023：1 个社区缺失']);
    expect(lines).toContain('  满意度 2021：2 个社区缺失');
    expect(lines).toContain('  注册志愿者：2 个社区缺失');
    expect(lines.slice(-3)).toEqual([
      '  甲社区（jia）：资料齐全',
      '  乙社区（yi）：缺 注册志愿者、共建单位；满意度缺 2021、2023 年',
      expect.stringMatching(/^ {2}丙社区（bing）：缺 成立年份、.*、封面图片；运转经费缺 2022、2023 年；满意度缺 2021、2022、2023 年$/),
    ]);
  });
});
