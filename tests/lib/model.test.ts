import { describe, expect, test } from 'vitest';
import { deriveCommunity, groupByStreet, summarizeDistrict, summarizeStandards } from '../../src/lib/model.ts';
import type { Community, Site } from '../../src/lib/schema.ts';
import { communitySchema, siteSchema } from '../../src/lib/schema.ts';

const site: Site = siteSchema.parse({
  title: '示例',
  district: '示例区',
  period: { from: 2019, to: 2023 },
  standards: [
    { id: 'organization', name: '组织' },
    { id: 'venue', name: '阵地' },
  ],
});

function makeCommunity(overrides: Record<string, unknown>): Community {
  return communitySchema.parse({
    name: '青石社区',
    street: '城关街道',
    type: '老旧小区',
    area_km2: 1,
    households: 1000,
    population: 5000,
    party_members: 100,
    facility: { area_m2: 300, rooms: [] },
    staff: { workers: 9 },
    standards: { organization: 'met', venue: 'met' },
    ...overrides,
  });
}

describe('deriveCommunity', () => {
  test('computes ratios, the funding total and the latest survey', () => {
    const c = makeCommunity({
      funding: [
        { year: 2019, office: 3, party: 1, members: 1.86, special: 20 },
        { year: 2020, office: 3, party: 1, members: 1.86, special: 20, other: 60 },
      ],
      satisfaction: [
        { year: 2022, pct: 92.4 },
        { year: 2020, pct: 86.2 },
      ],
    });
    expect(deriveCommunity(c)).toEqual({ area_per_100_households_m2: 30, workers_per_10k_residents: 18, funding_wan: 111.72, satisfaction_pct: 92.4 });
  });

  test('leaves ratios over zero and absent surveys missing', () => {
    const c = makeCommunity({ households: 0, population: 0 });
    expect(deriveCommunity(c)).toMatchObject({ area_per_100_households_m2: null, workers_per_10k_residents: null, satisfaction_pct: null });
  });
});

describe('summarizeDistrict', () => {
  const communities = [
    makeCommunity({ demonstration: 'city', renovation: { year: 2019, cost_wan: 150.25 }, volunteers: 900, staff: { workers: 9, seconded_cadres: 2 }, satisfaction: [{ year: 2023, pct: 90 }] }),
    makeCommunity({ renovation: { year: 2020, cost_wan: 0.1 }, standards: { organization: 'met', venue: { status: 'partial', note: '不足' } }, satisfaction: [{ year: 2021, pct: 80 }] }),
    makeCommunity({ standards: { organization: 'unmet', venue: 'met' } }),
  ];

  test('sums and averages as the contract defines', () => {
    expect(summarizeDistrict(communities, site)).toEqual({
      communities: 3,
      households: 3000,
      population: 15000,
      party_members: 300,
      volunteers: 900,
      workers: 27,
      seconded_cadres: 2,
      facility_area_m2: 900,
      investment_wan: 150.35,
      funding_wan: 0,
      demonstrations: 1,
      standards_met_pct: (4 / 6) * 100,
      satisfaction_pct: 85,
    });
  });

  test('gives missing averages for an empty district', () => {
    expect(summarizeDistrict([], site)).toMatchObject({ communities: 0, standards_met_pct: null, satisfaction_pct: null });
  });
});

describe('summarizeStandards', () => {
  test('sorts communities under each standard by status', () => {
    const entries = [
      { id: 'a', data: makeCommunity({}) },
      { id: 'b', data: makeCommunity({ standards: { organization: 'partial', venue: 'unmet' } }) },
    ];
    const standings = summarizeStandards(site, entries);
    expect(standings.map((s) => [s.standard.id, s.met.map((c) => c.id), s.partial.map((c) => c.id), s.unmet.map((c) => c.id)])).toEqual([
      ['organization', ['a'], ['b'], []],
      ['venue', ['a'], [], ['b']],
    ]);
  });
});

describe('groupByStreet', () => {
  test('keeps the order streets first appear in', () => {
    const entries = ['城关街道', '白沙镇', '城关街道'].map((street, i) => ({ id: String(i), data: makeCommunity({ street }) }));
    expect(groupByStreet(entries, (e) => e.data).map((g) => [g.street, g.communities.map((c) => c.id)])).toEqual([
      ['城关街道', ['0', '2']],
      ['白沙镇', ['1']],
    ]);
  });
});
