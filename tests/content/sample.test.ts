import { describe, expect, test } from 'vitest';
import { getStatus } from '../../src/lib/model.ts';
import { formatProblem } from '../../src/lib/problems.ts';
import { loadProject } from '../../src/lib/project.ts';

// The sample district in content/ is what editors copy from and what the README promises: it
// must be free of problems and hold the facts the source document gives.
const project = await loadProject('content');
const communities = project.content.communities;
const site = project.content.site!.data;
const district = project.district!;
const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
const services = communities.flatMap((c) => c.data.services);

describe('loadProject("content"): the sample district', () => {
  test('has no problems at all, neither errors nor warnings', () => {
    expect(project.problems.map(formatProblem)).toEqual([]);
  });

  test('has 22 published communities in 4 to 5 streets and towns', () => {
    expect(communities).toHaveLength(22);
    expect(project.content.draftCommunities).toEqual([]);
    const streets = new Set(communities.map((c) => c.data.street));
    expect(streets.size).toBeGreaterThanOrEqual(4);
    expect(streets.size).toBeLessThanOrEqual(5);
  });

  test('has invented boundaries for each of its streets and communities', () => {
    const streets = [...new Set(communities.map((c) => c.data.street))].sort();
    expect(project.content.geo.streets?.features.map((f) => f.key).sort()).toEqual(streets);
    expect(project.content.geo.communities?.features.map((f) => f.key).sort()).toEqual(communities.map((c) => c.slug).sort());
  });

  test('uses every community type of site.yaml', () => {
    expect([...new Set(communities.map((c) => c.data.type))].sort()).toEqual([...(site.community_types ?? [])].sort());
  });

  test('spends just over 30 million yuan on renovation (3000 ≤ sum < 3100 万元)', () => {
    const total = sum(communities.map((c) => c.data.renovation?.cost_wan ?? 0));
    expect(total).toBeGreaterThanOrEqual(3000);
    expect(total).toBeLessThan(3100);
    expect(district.investment_wan).toBeCloseTo(total, 6);
  });

  test('has exactly 46 seconded cadres', () => {
    expect(sum(communities.map((c) => c.data.staff.seconded_cadres ?? 0))).toBe(46);
    expect(district.seconded_cadres).toBe(46);
  });

  test('has exactly two demonstration communities, both at city level', () => {
    const levels = communities.filter((c) => c.data.demonstration !== 'none').map((c) => c.data.demonstration);
    expect(levels).toEqual(['city', 'city']);
    expect(district.demonstrations).toBe(2);
  });

  test('records the provincial commendation as a milestone of one demonstration community', () => {
    const commended = communities.filter((c) => c.data.demonstration === 'city' && c.data.milestones.some((m) => m.title.includes('省')));
    expect(commended).toHaveLength(1);
  });

  test('has the 60 万元 grant in exactly one funding row, explained in that community’s narrative', () => {
    const granted = communities.filter((c) => c.data.funding.some((f) => f.other === 60));
    expect(granted).toHaveLength(1);
    expect(granted[0].data.funding.filter((f) => f.other === 60)).toHaveLength(1);
    expect(granted[0].body).toMatch(/60万元/);
    expect(granted[0].body).toMatch(/图书阅览室/);
    expect(granted[0].body).toMatch(/文体活动室/);
  });

  test('has no other income besides that grant', () => {
    expect(communities.flatMap((c) => c.data.funding.filter((f) => f.other !== 0))).toHaveLength(1);
  });

  test('has between 60% and 90% of standards met, with partial and unmet entries', () => {
    expect(district.standards_met_pct).toBeGreaterThan(60);
    expect(district.standards_met_pct).toBeLessThan(90);
    const statuses = communities.flatMap((c) => site.standards.map((s) => getStatus(c.data, s.id)));
    expect(statuses).toContain('partial');
    expect(statuses).toContain('unmet');
  });

  test('has three reports in order 1, 2, 3, the main one dated 2023-03-29', () => {
    const reports = [...project.content.reports].sort((a, b) => (a.data.order ?? 0) - (b.data.order ?? 0));
    expect(reports.map((r) => r.data.order)).toEqual([1, 2, 3]);
    expect(reports[0].slug).toBe('guifanhua-jianshe');
    expect(reports[0].data.date).toBe('2023-03-29');
  });
});

describe('services of the sample communities', () => {
  test('include a 4:30 classroom run with a partner school', () => {
    expect(services.some((s) => s.name.includes('四点半课堂') && s.partner?.includes('小学'))).toBe(true);
  });

  test('include an elderly day-care centre (日间照料中心) as a room or service', () => {
    const names = [...communities.flatMap((c) => c.data.facility.rooms), ...services.map((s) => s.name)];
    expect(names.some((name) => name.includes('日间照料中心'))).toBe(true);
  });

  test('include a transport association (运输协会) with a freight-information platform', () => {
    expect(services.some((s) => s.name.includes('运输协会') && s.name.includes('货运'))).toBe(true);
  });
});

describe('satisfaction surveys of the sample communities', () => {
  const surveys = communities.flatMap((c) => c.data.satisfaction);

  test('fall within 2019–2023', () => {
    expect(surveys.every((s) => s.year >= 2019 && s.year <= 2023)).toBe(true);
  });

  test('are not held in every community every year', () => {
    expect(surveys.length).toBeLessThan(communities.length * 5);
    expect(communities.some((c) => c.data.satisfaction.length < 5)).toBe(true);
  });

  test('dip now and then in some communities', () => {
    const dipped = communities.filter((c) => {
      const pcts = [...c.data.satisfaction].sort((a, b) => a.year - b.year).map((s) => s.pct);
      return pcts.some((p, i) => i > 0 && p < pcts[i - 1]);
    });
    expect(dipped.length).toBeGreaterThanOrEqual(2);
  });
});

describe.each(communities.map((c) => [c.slug, c] as const))('community %s', (_, community) => {
  const { data, body } = community;

  test('funding rows: office 3, party 1, 100 yuan a member, special 20 from 2019, one row a year to 2023', () => {
    const first = Math.max(site.period.from, data.established ?? site.period.from);
    expect(data.funding.map((f) => f.year)).toEqual(Array.from({ length: site.period.to - first + 1 }, (_, i) => first + i));
    for (const row of data.funding) {
      expect(row).toMatchObject({ office: 3, party: 1, members: Math.round(0.01 * data.party_members * 100) / 100, special: row.year >= 2019 ? 20 : 0 });
    }
  });

  test('narrative: the five section headings and 300–800 Chinese characters', () => {
    expect(body.match(/^## .+$/gm)?.map((h) => h.slice(3).trim())).toEqual(['基本情况', '主要做法', '取得成效', '存在问题', '下一步打算']);
    const han = body.match(/\p{Script=Han}/gu)?.length ?? 0;
    expect(han).toBeGreaterThanOrEqual(300);
    expect(han).toBeLessThanOrEqual(800);
  });
});
