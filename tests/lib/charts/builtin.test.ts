import { describe, expect, test } from 'vitest';
import { buildCommunityCharts, buildOverviewCharts, getDistrictMedians } from '../../../src/lib/charts/builtin.ts';
import type { DataContext } from '../../../src/lib/charts/sources.ts';
import { getDistrictFunding, getDistrictSatisfaction } from '../../../src/lib/charts/sources.ts';
import { getStrings } from '../../../src/lib/i18n/index.ts';
import { summarizeDistrict } from '../../../src/lib/model.ts';
import type { Community } from '../../../src/lib/schema.ts';
import { communitySchema, siteSchema } from '../../../src/lib/schema.ts';

const site = siteSchema.parse({
  title: '示例',
  district: '示例区',
  period: { from: 2018, to: 2020 },
  standards: [
    { id: 'organization', name: '组织设置规范' },
    { id: 'venue', name: '阵地建设规范' },
  ],
  targets: { area_per_100_households_m2: 30, satisfaction_pct: 90 },
});

function makeCommunity(name: string, overrides: Record<string, unknown>): Community {
  return communitySchema.parse({
    name,
    street: '城关街道',
    type: '老旧小区',
    area_km2: 1,
    households: 1000,
    population: 4000,
    party_members: 100,
    facility: { area_m2: 300, rooms: [] },
    staff: { workers: 8 },
    standards: { organization: 'met', venue: 'met' },
    ...overrides,
  });
}

// Hand-computed figures are in the comments beside each community.
const communities = [
  makeCommunity('甲社区', {
    facility: { area_m2: 400, rooms: ['日间照料中心', '四点半课堂'] },
    volunteers: 400, // 40 ㎡ per 100 households; 100 volunteers per 1,000
    funding: [
      { year: 2018, office: 3, party: 1 },
      { year: 2019, office: 3, party: 1, special: 20 },
    ],
    satisfaction: [
      { year: 2019, pct: 80 },
      { year: 2020, pct: 90 },
    ],
    demonstration: 'city',
    renovation: { year: 2019, cost_wan: 100 },
  }),
  makeCommunity('乙社区', {
    facility: { area_m2: 200, rooms: ['日间照料中心'] },
    staff: { workers: 4 },
    volunteers: 200, // 20 ㎡; 10 workers per 10k
    funding: [{ year: 2019, office: 3, party: 1, special: 20, other: 60 }],
    satisfaction: [{ year: 2020, pct: 86 }],
    standards: { organization: 'met', venue: { status: 'partial', note: '不足' } },
  }),
  makeCommunity('丙社区', { standards: { organization: 'unmet', venue: 'met' } }), // 30 ㎡; 20 workers per 10k
];
const context: DataContext = { site, communities, district: summarizeDistrict(communities, site), tables: new Map() };
const t = getStrings('zh-CN');

describe('getDistrictFunding', () => {
  test('sums each source per year of the period, zero where nobody reported', () => {
    expect(getDistrictFunding(context)).toEqual([
      { year: 2018, office: 3, party: 1, members: 0, special: 0, other: 0, total: 4 },
      { year: 2019, office: 6, party: 2, members: 0, special: 40, other: 60, total: 108 },
      { year: 2020, office: 0, party: 0, members: 0, special: 0, other: 0, total: 0 },
    ]);
  });
});

describe('getDistrictSatisfaction', () => {
  test('averages the communities surveyed each year', () => {
    expect(getDistrictSatisfaction(context)).toEqual([
      { year: 2019, pct: 80, communities: 1 },
      { year: 2020, pct: 88, communities: 2 },
    ]);
  });
});

describe('getDistrictMedians', () => {
  test('takes the median of each ratio over the communities that have it', () => {
    expect(getDistrictMedians(communities)).toEqual({
      workers_per_10k: 20,
      volunteers_per_1k: 75,
      area_per_100_households: 30,
      social_workers_per_10k: null,
    });
  });
});

describe('buildOverviewCharts', () => {
  const charts = Object.fromEntries(buildOverviewCharts(context, t).map((c) => [c.id, c]));

  test('draws every overview chart', () => {
    expect(Object.keys(charts)).toEqual(['overview-investment', 'overview-funding', 'overview-facility', 'overview-standards', 'overview-rooms', 'overview-satisfaction', 'overview-demonstrations']);
  });

  test('states findings in titles', () => {
    expect(charts['overview-investment'].title).toBe('1个社区改造建设共投入100万元');
    expect(charts['overview-funding'].title).toBe('运转经费由2018年的4万元增至2019年的108万元');
    expect(charts['overview-facility'].title).toBe('3个社区中有2个每百户服务用房面积达到30㎡');
  });

  test('computes met rates, room coverage and demonstration levels', () => {
    expect(charts['overview-standards'].rows).toEqual([
      ['组织设置规范', 66.7],
      ['阵地建设规范', 66.7],
    ]);
    expect(charts['overview-rooms'].rows).toEqual([
      ['日间照料中心', 66.7],
      ['四点半课堂', 33.3],
    ]);
    expect(charts['overview-demonstrations'].rows).toEqual([
      ['区级示范社区', 0],
      ['市级示范社区', 1],
      ['省级示范社区', 0],
      ['全国示范社区', 0],
    ]);
  });

  test('draws the facility chart against its target line', () => {
    const datasets = charts['overview-facility'].config.data.datasets;
    expect(datasets[1]).toMatchObject({ type: 'line', label: '目标 30', data: [30, 30, 30] });
  });
});

describe('buildCommunityCharts', () => {
  test('compares the community with the district medians', () => {
    const charts = buildCommunityCharts('yi', communities[1], context, getDistrictMedians(communities), t);
    expect(charts.map((c) => c.id)).toEqual(['community-yi-funding', 'community-yi-satisfaction', 'community-yi-ratios']);
    expect(charts[2].rows).toEqual([
      ['每万人社区工作者', 10, 20],
      ['每千人注册志愿者', 50, 75],
      ['每百户服务用房（㎡）', 20, 30],
    ]);
  });
});

describe('buildOverviewCharts for a large district', () => {
  test('draws a bar per street instead of a bar per community past the limit', () => {
    const many = Array.from({ length: 61 }, (_, i) =>
      makeCommunity(`社区${i}`, {
        street: i % 2 ? '东街道' : '西街道',
        renovation: { year: 2019, cost_wan: 10 },
        facility: { area_m2: 300 + (i % 2) * 100, rooms: [] },
      }),
    );
    const charts = Object.fromEntries(buildOverviewCharts({ ...context, communities: many, district: summarizeDistrict(many, site) }, t).map((c) => [c.id, c]));
    expect(charts['overview-investment'].rows).toEqual([
      ['西街道', 310],
      ['东街道', 300],
    ]);
    expect(charts['overview-facility'].rows).toEqual([
      ['东街道', 40],
      ['西街道', 30],
    ]);
    expect(charts['overview-facility'].columns[0].label).toBe('所属街道（镇）');
  });
});
