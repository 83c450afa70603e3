import { getFieldFormat, getFieldLabel } from './charts/labels.ts';
import { median } from './stats.ts';
import type { ValueFormat } from './charts/labels.ts';
import { getPath } from './charts/sources.ts';
import { deriveCommunity, getFundingTotal, getStatus } from './model.ts';
import type { Community, Site } from './schema.ts';

/** Figures the compare page sets side by side, each with its district median. */
export const COMPARE_FIELDS = [
  'households',
  'population',
  'party_members',
  'facility.area_m2',
  'area_per_100_households_m2',
  'staff.workers',
  'workers_per_10k_residents',
  'volunteers',
  'renovation.cost_wan',
  'funding_wan',
  'satisfaction_pct',
] as const;

/** One community as the compare page and the data downloads read it. */
export interface CommunityRecord {
  slug: string;
  name: string;
  street: string;
  type: string;
  figures: Record<string, number | null>;
  standards: Record<string, 'met' | 'partial' | 'unmet'>;
  /** Running funds per year, total of all sources, 万元. */
  funding: { year: number; total: number }[];
  satisfaction: { year: number; pct: number }[];
}

/** Flattens a community into the record the compare page draws. */
export function getCommunityRecord(slug: string, c: Community, site: Site): CommunityRecord {
  const row = { ...c, ...deriveCommunity(c) };
  return {
    slug,
    name: c.name,
    street: c.street,
    type: c.type,
    figures: Object.fromEntries(
      COMPARE_FIELDS.map((field) => {
        const value = getPath(row, field);
        return [field, typeof value === 'number' ? value : null];
      }),
    ),
    standards: Object.fromEntries(site.standards.map((s) => [s.id, getStatus(c, s.id)])),
    funding: [...c.funding].sort((a, b) => a.year - b.year).map((f) => ({ year: f.year, total: getFundingTotal(f) })),
    satisfaction: [...c.satisfaction].sort((a, b) => a.year - b.year).map((s) => ({ year: s.year, pct: s.pct })),
  };
}

/** What the compare page needs about the district: labels, medians, standards, the target. */
export interface DistrictRecord {
  fields: { key: string; label: string; format: ValueFormat; median: number | null }[];
  standards: { id: string; name: string }[];
  satisfactionTarget: number | null;
  period: { from: number; to: number };
}

/** Computes the district record once, from every published community's record. */
export function getDistrictRecord(records: readonly CommunityRecord[], site: Site): DistrictRecord {
  return {
    fields: COMPARE_FIELDS.map((key) => ({
      key,
      label: getFieldLabel(key),
      format: getFieldFormat(key),
      median: median(records.map((r) => r.figures[key]).filter((v): v is number => v !== null)),
    })),
    standards: site.standards.map(({ id, name }) => ({ id, name })),
    satisfactionTarget: site.targets?.satisfaction_pct ?? null,
    period: site.period,
  };
}
