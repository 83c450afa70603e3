import { getOwn } from './own.ts';
import type { Community, DemonstrationLevel, Site, Standard, StandardStatus } from './schema.ts';

/** Figures derived from one community's facts (the `from: communities` extra fields). */
export interface CommunityFigures {
  /** Facility floor area per 100 households, m². */
  area_per_100_households_m2: number | null;
  /** Community workers per 10,000 residents. */
  workers_per_10k_residents: number | null;
  /** Sum of all funding rows, 万元. */
  funding_wan: number;
  /** The latest survey's share of satisfied residents. */
  satisfaction_pct: number | null;
}

/** Derives a community's ratios and totals. */
export function deriveCommunity(c: Community): CommunityFigures {
  const latest = [...c.satisfaction].sort((a, b) => b.year - a.year)[0];
  return {
    area_per_100_households_m2: c.households > 0 ? (c.facility.area_m2 / c.households) * 100 : null,
    workers_per_10k_residents: c.population > 0 ? (c.staff.workers / c.population) * 10000 : null,
    funding_wan: sum(c.funding.map(getFundingTotal)),
    satisfaction_pct: latest?.pct ?? null,
  };
}

/** A funding row's total over all sources, 万元. */
export function getFundingTotal(row: Community['funding'][number]): number {
  return row.office + row.party + row.members + row.special + row.other;
}

/** The district's headline figures (the `district.*` inline values). */
export interface DistrictFigures {
  communities: number;
  households: number;
  population: number;
  party_members: number;
  volunteers: number;
  workers: number;
  seconded_cadres: number;
  facility_area_m2: number;
  investment_wan: number;
  funding_wan: number;
  demonstrations: number;
  /** Met ÷ (communities × standards) × 100; partial does not count. Null without communities. */
  standards_met_pct: number | null;
  /** Mean of each surveyed community's latest survey. Null when none was surveyed. */
  satisfaction_pct: number | null;
}

/** Adds up the district's figures over its published communities (drafts are never passed in). */
export function summarizeDistrict(communities: readonly Community[], site: Site): DistrictFigures {
  const statuses = communities.flatMap((c) => site.standards.map((s) => getStatus(c, s.id)));
  const latest = communities.map((c) => deriveCommunity(c).satisfaction_pct).filter((p) => p !== null);
  return {
    communities: communities.length,
    households: sum(communities.map((c) => c.households)),
    population: sum(communities.map((c) => c.population)),
    party_members: sum(communities.map((c) => c.party_members)),
    volunteers: sum(communities.map((c) => c.volunteers ?? 0)),
    workers: sum(communities.map((c) => c.staff.workers)),
    seconded_cadres: sum(communities.map((c) => c.staff.seconded_cadres ?? 0)),
    facility_area_m2: sum(communities.map((c) => c.facility.area_m2)),
    investment_wan: sum(communities.map((c) => c.renovation?.cost_wan ?? 0)),
    funding_wan: sum(communities.flatMap((c) => c.funding.map(getFundingTotal))),
    demonstrations: communities.filter((c) => c.demonstration !== 'none').length,
    standards_met_pct: statuses.length > 0 ? (statuses.filter((s) => s === 'met').length / statuses.length) * 100 : null,
    satisfaction_pct: latest.length > 0 ? sum(latest) / latest.length : null,
  };
}

/** A community's status for one standard, whichever way it was written. */
export function getStatus(c: Community, standardId: string): StandardStatus {
  const entry = getOwn(c.standards, standardId);
  // A missing entry is already an error of the checks; counting it unmet keeps the sums going.
  if (entry === undefined) return 'unmet';
  return typeof entry === 'string' ? entry : entry.status;
}

/** A community's note for one standard, if it wrote one. */
export function getStatusNote(c: Community, standardId: string): string | undefined {
  const entry = getOwn(c.standards, standardId);
  return typeof entry === 'object' ? entry.note : undefined;
}

/** Communities that meet, partly meet and do not meet one standard. */
export interface StandardStanding<T> {
  standard: Standard;
  met: T[];
  partial: T[];
  unmet: T[];
}

/** Sorts the communities under each standard by their status. */
export function summarizeStandards<T extends { data: Community }>(site: Site, communities: readonly T[]): StandardStanding<T>[] {
  return site.standards.map((standard) => {
    const standing: StandardStanding<T> = { standard, met: [], partial: [], unmet: [] };
    for (const c of communities) standing[getStatus(c.data, standard.id)].push(c);
    return standing;
  });
}

/** Groups items by their community's street, in the order streets first appear, items in their given order. */
export function groupByStreet<T>(items: readonly T[], getCommunity: (item: T) => Pick<Community, 'street'>): { street: string; communities: T[] }[] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const street = getCommunity(item).street;
    const members = groups.get(street);
    if (members) members.push(item);
    else groups.set(street, [item]);
  }
  return [...groups].map(([street, members]) => ({ street, communities: members }));
}

/** Demonstration levels from highest to lowest, for ordering badges and lists. */
export const DEMONSTRATION_RANK: Record<DemonstrationLevel, number> = { national: 4, province: 3, city: 2, district: 1, none: 0 };

function sum(values: readonly number[]): number {
  // Money comes in hundredths of 万元; rounding the float sum keeps totals exact for display.
  return Math.round(values.reduce((a, b) => a + b, 0) * 1e6) / 1e6;
}
