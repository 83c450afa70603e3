import { DEMONSTRATION_LEVELS } from '../schema.ts';
import type { DemonstrationLevel } from '../schema.ts';
import { getStatus } from '../model.ts';
import { median } from '../stats.ts';
import type { DataPackage, PublishedCommunity } from './data-package.ts';

/** One district as the city shows it. */
export interface CityDistrictRow {
  slug: string;
  name: string;
  title: string;
  kind: 'content' | 'data';
  /** Where its own site is: under the city (`/<slug>/`) or its own `url`. */
  href: string;
  communities: number;
  households: number;
  population: number;
  party_members: number;
  investment_wan: number;
  /** Renovation investment per household, 元. */
  investment_per_household_yuan: number | null;
  funding_wan: number;
  standards_met_pct: number | null;
  satisfaction_pct: number | null;
  satisfaction_target: number | null;
  demonstrations: Record<DemonstrationLevel, number>;
  period: { from: number; to: number };
}

/** A standard shared by every district, with each district's met rate. */
export interface SharedStandard {
  id: string;
  name: string;
  /** Met share per district slug, %. */
  metPct: Record<string, number | null>;
}

/** One report in the city's 经验交流 list. */
export interface CityReport {
  district: string;
  districtName: string;
  title: string;
  date: string;
  summary: string | null;
  href: string;
}

/** Everything the city pages show, computed from the districts' data packages only. */
export interface CityModel {
  totals: {
    districts: number;
    communities: number;
    households: number;
    population: number;
    party_members: number;
    investment_wan: number;
    funding_wan: number;
    demonstrations: number;
    /** Met ÷ all (community, standard) pairs, over every district's own standards. */
    standards_met_pct: number | null;
    /** Median of every community's latest survey. */
    satisfaction_median_pct: number | null;
    /** Median households per community. */
    households_median: number | null;
  };
  districts: CityDistrictRow[];
  shared: SharedStandard[];
  /** Standards not shared by every district, by district slug. */
  ownStandards: { slug: string; name: string; standards: { id: string; name: string }[] }[];
  reports: CityReport[];
}

/** A district's data package with where its pages are. */
export interface CityInput {
  slug: string;
  kind: 'content' | 'data';
  href: string;
  data: DataPackage;
}

/** Computes the city model: sums and medians over the districts, standards compared by shared id. */
export function buildCityModel(inputs: readonly CityInput[]): CityModel {
  const districts = inputs.map(buildDistrictRow);
  const all = inputs.flatMap((input) => input.data.communities);
  const statuses = inputs.flatMap(({ data }) => data.communities.flatMap((c) => data.site.standards.map((s) => getStatus(c, s.id))));
  const sharedIds = inputs.length === 0 ? [] : inputs[0].data.site.standards.map((s) => s.id).filter((id) => inputs.every((i) => i.data.site.standards.some((s) => s.id === id)));
  return {
    totals: {
      districts: inputs.length,
      communities: sum(districts.map((d) => d.communities)),
      households: sum(districts.map((d) => d.households)),
      population: sum(districts.map((d) => d.population)),
      party_members: sum(districts.map((d) => d.party_members)),
      investment_wan: sum(districts.map((d) => d.investment_wan)),
      funding_wan: sum(districts.map((d) => d.funding_wan)),
      demonstrations: sum(inputs.map((i) => i.data.site.figures.demonstrations)),
      standards_met_pct: statuses.length > 0 ? (statuses.filter((s) => s === 'met').length / statuses.length) * 100 : null,
      satisfaction_median_pct: median(all.map(getLatestSatisfaction).filter((v): v is number => v !== null)),
      households_median: median(all.map((c) => c.households)),
    },
    districts,
    shared: sharedIds.map((id) => ({
      id,
      name: inputs[0].data.site.standards.find((s) => s.id === id)?.name ?? id,
      metPct: Object.fromEntries(inputs.map((i) => [i.slug, getMetPct(i.data.communities, id)])),
    })),
    ownStandards: inputs.map((i) => ({ slug: i.slug, name: i.data.site.district, standards: i.data.site.standards.filter((s) => !sharedIds.includes(s.id)) })),
    reports: inputs
      .flatMap((i) => i.data.site.reports.map((r) => ({ district: i.slug, districtName: i.data.site.district, title: r.title, date: r.date, summary: r.summary, href: `${i.href}reports/${r.slug}/` })))
      .sort((a, b) => b.date.localeCompare(a.date) || a.district.localeCompare(b.district)),
  };
}

function buildDistrictRow({ slug, kind, href, data }: CityInput): CityDistrictRow {
  const f = data.site.figures;
  const demonstrations = Object.fromEntries(DEMONSTRATION_LEVELS.map((level) => [level, 0])) as Record<DemonstrationLevel, number>;
  for (const c of data.communities) demonstrations[c.demonstration ?? 'none']++;
  return {
    slug,
    name: data.site.district,
    title: data.site.title,
    kind,
    href,
    communities: f.communities,
    households: f.households,
    population: f.population,
    party_members: f.party_members,
    investment_wan: f.investment_wan,
    investment_per_household_yuan: f.households > 0 ? (f.investment_wan * 10000) / f.households : null,
    funding_wan: f.funding_wan,
    standards_met_pct: f.standards_met_pct,
    satisfaction_pct: f.satisfaction_pct,
    satisfaction_target: data.site.targets.satisfaction_pct ?? null,
    demonstrations,
    period: data.site.period,
  };
}

function getMetPct(communities: readonly PublishedCommunity[], id: string): number | null {
  if (communities.length === 0) return null;
  return (communities.filter((c) => getStatus(c, id) === 'met').length / communities.length) * 100;
}

function getLatestSatisfaction(c: PublishedCommunity): number | null {
  const latest = [...(c.satisfaction ?? [])].sort((a, b) => b.year - a.year)[0];
  return latest?.pct ?? null;
}

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}
