import { describe, expect, test } from 'vitest';
import type { DataPackage, PublishedCommunity } from '../../../src/lib/city/data-package.ts';
import { buildCityModel } from '../../../src/lib/city/model.ts';
import type { DistrictFigures } from '../../../src/lib/model.ts';

/** A published community with only what the model reads. */
function community(slug: string, households: number, standards: Record<string, string>, satisfaction: number | null, demonstration = 'none'): PublishedCommunity {
  return {
    slug,
    households,
    standards,
    demonstration,
    satisfaction:
      satisfaction === null
        ? []
        : [
            { year: 2020, pct: satisfaction - 5 },
            { year: 2023, pct: satisfaction },
          ],
  } as unknown as PublishedCommunity;
}

/** A district's data package: figures as its own site printed them, standards, reports. */
function district(name: string, standards: string[], communities: PublishedCommunity[], figures: Partial<DistrictFigures>, reports: { slug: string; date: string }[] = []): DataPackage {
  return {
    site: {
      title: `${name}经验交流`,
      district: name,
      city: '云岫市',
      period: { from: 2020, to: 2023 },
      standards: standards.map((id) => ({ id, name: `${id}规范` })),
      targets: { satisfaction_pct: 90 },
      figures: { communities: communities.length, households: 0, population: 0, party_members: 0, investment_wan: 0, funding_wan: 0, demonstrations: 0, standards_met_pct: null, satisfaction_pct: null, ...figures } as DistrictFigures,
      reports: reports.map((r) => ({ ...r, title: r.slug, author: null, summary: null })),
    },
    communities,
  };
}

const lanxi = district(
  '岚溪区',
  ['organization', 'venue', 'team'],
  [community('a', 1000, { organization: 'met', venue: 'met', team: 'partial' }, 80, 'city'), community('b', 3000, { organization: 'met', venue: 'unmet', team: 'met' }, 90)],
  { households: 4000, population: 12000, investment_wan: 200, funding_wan: 50, demonstrations: 1, standards_met_pct: 66.7, satisfaction_pct: 85 },
  [{ slug: 'r1', date: '2023-03-01' }],
);
const beihu = district(
  '北湖区',
  ['organization', 'elderly'],
  [community('c', 2000, { organization: 'partial', elderly: 'met' }, 95, 'province')],
  { households: 2000, population: 5000, investment_wan: 100, funding_wan: 20, demonstrations: 1, standards_met_pct: 50, satisfaction_pct: 95 },
  [{ slug: 'r2', date: '2023-09-12' }],
);
const model = buildCityModel([
  { slug: 'lanxi', kind: 'content', href: '/lanxi/', data: lanxi },
  { slug: 'beihu', kind: 'data', href: 'https://beihu.example.org/', data: beihu },
]);

describe('buildCityModel', () => {
  test('sums the districts’ own figures and takes medians over every community', () => {
    expect(model.totals).toMatchObject({ districts: 2, communities: 3, households: 6000, population: 17000, investment_wan: 300, funding_wan: 70, demonstrations: 2, households_median: 2000, satisfaction_median_pct: 90 });
    // 4 met of 6 pairs in 岚溪区, 1 of 2 in 北湖区: 5 of 8.
    expect(model.totals.standards_met_pct).toBeCloseTo(62.5);
  });

  test('keeps each district’s figures as its own site printed them', () => {
    expect(model.districts.map((d) => [d.slug, d.households, d.standards_met_pct, d.satisfaction_pct, d.satisfaction_target])).toEqual([
      ['lanxi', 4000, 66.7, 85, 90],
      ['beihu', 2000, 50, 95, 90],
    ]);
    expect(model.districts[0].investment_per_household_yuan).toBe(500);
    expect(model.districts[1].demonstrations).toMatchObject({ province: 1, none: 0 });
  });

  test('compares standards on the ids every district has, and lists the rest per district', () => {
    expect(model.shared).toEqual([{ id: 'organization', name: 'organization规范', metPct: { lanxi: 100, beihu: 0 } }]);
    expect(model.ownStandards.map((o) => [o.slug, o.standards.map((s) => s.id)])).toEqual([
      ['lanxi', ['venue', 'team']],
      ['beihu', ['elderly']],
    ]);
  });

  test('lists every district’s reports newest first, linking to where each district is published', () => {
    expect(model.reports.map((r) => [r.districtName, r.href])).toEqual([
      ['北湖区', 'https://beihu.example.org/reports/r2/'],
      ['岚溪区', '/lanxi/reports/r1/'],
    ]);
  });
});
