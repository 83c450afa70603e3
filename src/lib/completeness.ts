import type { Strings } from './i18n/index.ts';
import { fillTemplate } from './i18n/index.ts';
import type { Community } from './schema.ts';

/** The optional facts a complete community file has, by their label key, with their field path. */
const FACT_PATHS = {
  established: ['established'],
  activity_share_pct: ['facility', 'activity_share_pct'],
  licensed_social_workers: ['staff', 'licensed_social_workers'],
  seconded_cadres: ['staff', 'seconded_cadres'],
  grids: ['grids'],
  volunteers: ['volunteers'],
  social_orgs: ['social_orgs'],
  partners: ['partners'],
  renovation: ['renovation'],
  services: ['services'],
  milestones: ['milestones'],
  highlights: ['highlights'],
  cover: ['cover'],
} as const;

/** An optional fact that completeness looks for. */
export type OptionalFact = keyof typeof FACT_PATHS;

/** The optional facts in the order the contract lists them. */
export const OPTIONAL_FACTS = Object.keys(FACT_PATHS) as OptionalFact[];

/** What one community lacks. */
export interface CommunityCompleteness {
  slug: string;
  name: string;
  street: string;
  /** Optional facts not written (an empty list counts as not written). */
  missingFacts: OptionalFact[];
  /** Years of the period without a funding row. */
  missingFunding: number[];
  /** Years of the period without a resident survey. */
  missingSatisfaction: number[];
}

/** What the district's published communities lack, per community and in total. */
export interface CompletenessSummary {
  period: { from: number; to: number };
  communities: CommunityCompleteness[];
  /** For each optional fact, how many communities lack it. */
  facts: { fact: OptionalFact; missing: number }[];
  /** For each year of the period, how many communities lack funding and a survey. */
  years: { year: number; funding: number; satisfaction: number }[];
  /** Communities that lack nothing. */
  complete: number;
}

/**
 * Works out which optional facts and which years of the period each community lacks, and
 * counts them for the district. Communities are given in display order and stay in it.
 */
export function summarizeCompleteness(communities: readonly { slug: string; data: Community }[], period: { from: number; to: number }): CompletenessSummary {
  const years = Array.from({ length: period.to - period.from + 1 }, (_, i) => period.from + i);
  const rows = communities.map(({ slug, data }): CommunityCompleteness => {
    const has = (list: readonly { year: number }[]) => new Set(list.map((r) => r.year));
    const funded = has(data.funding);
    const surveyed = has(data.satisfaction);
    return {
      slug,
      name: data.name,
      street: data.street,
      missingFacts: OPTIONAL_FACTS.filter((fact) => isMissing(getAt(data, FACT_PATHS[fact]))),
      missingFunding: years.filter((y) => !funded.has(y)),
      missingSatisfaction: years.filter((y) => !surveyed.has(y)),
    };
  });
  const count = (test: (c: CommunityCompleteness) => boolean) => rows.filter(test).length;
  return {
    period,
    communities: rows,
    facts: OPTIONAL_FACTS.map((fact) => ({ fact, missing: count((c) => c.missingFacts.includes(fact)) })),
    years: years.map((year) => ({
      year,
      funding: count((c) => c.missingFunding.includes(year)),
      satisfaction: count((c) => c.missingSatisfaction.includes(year)),
    })),
    complete: count((c) => c.missingFacts.length + c.missingFunding.length + c.missingSatisfaction.length === 0),
  };
}

function getAt(data: unknown, path: readonly string[]): unknown {
  return path.reduce<unknown>((node, key) => (node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined), data);
}

function isMissing(value: unknown): boolean {
  return value === undefined || value === null || (Array.isArray(value) && value.length === 0);
}

/**
 * The completeness report `npm run validate -- --completeness` prints: the district's gaps
 * (`满意度 2021 年：3 个社区缺失`), then each community's.
 */
export function formatCompleteness(summary: CompletenessSummary, t: Strings['completeness'], drafts = 0): string {
  const { period, communities } = summary;
  const lines = [fillTemplate(t.report.heading, { from: period.from, to: period.to, count: communities.length, complete: summary.complete })];
  if (drafts > 0) lines.push(fillTemplate(t.report.drafts, { count: drafts }));
  const gaps = [
    ...summary.years.filter((y) => y.funding > 0).map((y) => fillTemplate(t.report.missingIn, { what: `${t.funding} ${y.year}`, count: y.funding })),
    ...summary.years.filter((y) => y.satisfaction > 0).map((y) => fillTemplate(t.report.missingIn, { what: `${t.satisfaction} ${y.year}`, count: y.satisfaction })),
    ...summary.facts.filter((f) => f.missing > 0).map((f) => fillTemplate(t.report.missingIn, { what: t.facts[f.fact], count: f.missing })),
  ];
  if (gaps.length > 0) lines.push(t.report.district, ...gaps.map((g) => `  ${g}`));
  if (communities.length > 0) lines.push(t.report.communities);
  for (const c of communities) {
    const parts = [
      c.missingFacts.length > 0 ? fillTemplate(t.report.facts, { list: c.missingFacts.map((f) => t.facts[f]).join('、') }) : '',
      c.missingFunding.length > 0 ? fillTemplate(t.report.years, { what: t.funding, list: c.missingFunding.join('、') }) : '',
      c.missingSatisfaction.length > 0 ? fillTemplate(t.report.years, { what: t.satisfaction, list: c.missingSatisfaction.join('、') }) : '',
    ].filter((p) => p !== '');
    lines.push(`  ${c.name}（${c.slug}）：${parts.length > 0 ? parts.join('；') : t.complete}`);
  }
  return lines.join('\n');
}
