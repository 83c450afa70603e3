import { getFieldLabel } from './charts/labels.ts';
import { formatPublishedCsv } from './csv.ts';
import { deriveCommunity, getStatus } from './model.ts';
import type { Community, Site } from './schema.ts';

const SCALAR_FIELDS = [
  'name',
  'street',
  'type',
  'demonstration',
  'established',
  'area_km2',
  'households',
  'population',
  'party_members',
  'facility.area_m2',
  'facility.activity_share_pct',
  'staff.workers',
  'staff.licensed_social_workers',
  'staff.seconded_cadres',
  'grids',
  'volunteers',
  'social_orgs',
  'renovation.year',
  'renovation.cost_wan',
  'area_per_100_households_m2',
  'workers_per_10k_residents',
  'funding_wan',
  'satisfaction_pct',
] as const;

/** A community with its slug and derived figures, as the JSON download carries it. */
export function getCommunityExport(slug: string, c: Community): Record<string, unknown> {
  return { slug, ...c, ...deriveCommunity(c) };
}

/**
 * All community facts as one CSV, UTF-8 with a BOM so Excel opens Chinese: one row per
 * community, nested fields as their own columns, lists joined with 、, one column per standard;
 * text that a spreadsheet would run as a formula is neutralised.
 */
export function getCommunitiesCsv(communities: readonly { slug: string; data: Community }[], site: Site): string {
  const header = ['slug', ...SCALAR_FIELDS.map((f) => getFieldLabel(f)), '功能用房', '共建单位', '特色做法', ...site.standards.map((s) => s.name)];
  const rows = communities.map(({ slug, data }) => {
    const row = { ...data, ...deriveCommunity(data) } as Record<string, unknown>;
    const get = (path: string) => path.split('.').reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined), row);
    return [
      slug,
      ...SCALAR_FIELDS.map((f) => {
        const value = get(f);
        return value === undefined || value === null ? '' : typeof value === 'number' ? Math.round(value * 100) / 100 : String(value);
      }),
      data.facility.rooms.join('、'),
      (data.partners ?? []).join('、'),
      data.highlights.join('；'),
      ...site.standards.map((s) => getStatus(data, s.id)),
    ];
  });
  return formatPublishedCsv([header, ...rows]);
}
