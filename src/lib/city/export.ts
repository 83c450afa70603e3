import { getFieldLabel } from '../charts/labels.ts';
import { formatPublishedCsv } from '../csv.ts';
import { getStatus } from '../model.ts';
import type { CityPageData } from './page-data.ts';

const FIELDS = ['name', 'street', 'type', 'demonstration', 'households', 'population', 'party_members', 'facility.area_m2', 'staff.workers', 'volunteers', 'renovation.year', 'renovation.cost_wan', 'funding_wan', 'satisfaction_pct'] as const;

/**
 * Every community of the city as one CSV with a district column (UTF-8 with a BOM; text that a
 * spreadsheet would run as a formula is neutralised). Standards are columns by shared id: a
 * district without that standard leaves the cell empty.
 */
export function getCityCommunitiesCsv(data: Pick<CityPageData, 'communities' | 'districts'>): string {
  const standards = new Map<string, string>();
  for (const d of data.districts) for (const s of d.standards) if (!standards.has(s.id)) standards.set(s.id, s.name);
  const own = new Map(data.districts.map((d) => [d.slug, new Set(d.standards.map((s) => s.id))]));
  const header = ['区', '区代码', 'slug', ...FIELDS.map((f) => getFieldLabel(f)), ...standards.values()];
  const rows = data.communities.map(({ district, districtName, community }) => {
    const get = (field: string): unknown => field.split('.').reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined), community);
    return [
      districtName,
      district,
      community.slug,
      ...FIELDS.map((f) => {
        const value = get(f);
        return value === undefined || value === null ? '' : typeof value === 'number' ? Math.round(value * 100) / 100 : String(value);
      }),
      ...[...standards.keys()].map((id) => (own.get(district)?.has(id) ? getStatus(community, id) : '')),
    ];
  });
  return formatPublishedCsv([header, ...rows]);
}

/** Every community of the city as JSON records with their district. */
export function getCityCommunitiesJson(data: Pick<CityPageData, 'communities'>): unknown[] {
  return data.communities.map(({ district, districtName, community }) => ({ district, district_name: districtName, ...community }));
}
