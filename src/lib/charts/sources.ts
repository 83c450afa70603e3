import type { z } from 'astro/zod';
import type { TableEntry } from '../content.ts';
import type { DistrictFigures } from '../model.ts';
import { deriveCommunity, getFundingTotal } from '../model.ts';
import type { Community, Site } from '../schema.ts';
import { communitySchema, fundingSchema, satisfactionSchema, serviceSchema } from '../schema.ts';
import type { Cell } from '../table.ts';
import type { GeoLayers } from '../geo/map.ts';

/** Everything charts and inline values may read. */
export interface DataContext {
  site: Site;
  /** Published communities, drafts never included. */
  communities: readonly Community[];
  district: DistrictFigures;
  tables: ReadonlyMap<string, TableEntry>;
  /** The page's own community, on community pages only. */
  community?: Community;
  /**
   * Some community files failed their checks, so district figures lack them: a district value
   * that is missing then is a consequence of those errors, not a problem of its own.
   */
  incomplete?: boolean;
  /** The checked boundary files, and the slug of each community (same order), for map charts. */
  geo?: { layers: GeoLayers; slugs: readonly string[] };
}

/** One row of a chart's data: field path → value. */
export type Row = Record<string, unknown>;

/** What a field of a row source is. */
export type FieldKind = 'number' | 'text' | 'list' | 'unknown';

/** A place charts take rows from (`from:` in a chart block). */
export interface RowSource {
  /** Describes a field path: a number, text, a list (which a path may not go through), or unknown. */
  describe(path: string): FieldKind;
  /** The rows, in their natural order. */
  getRows(context: DataContext): Row[];
  /** Names offered when a field is unknown. */
  fields: string[];
  /** Column labels of a CSV table's description. */
  columns?: Record<string, string>;
  /** Source note of a CSV table's description. */
  source?: string;
}

const DERIVED = ['area_per_100_households_m2', 'workers_per_10k_residents', 'funding_wan', 'satisfaction_pct'];
const DISTRICT_FUNDING = ['year', 'office', 'party', 'members', 'special', 'other', 'total'];
const FUNDING_KEYS = ['office', 'party', 'members', 'special', 'other'] as const;

/** Finds a row source by its `from:` name, or undefined when there is none by that name. */
export function getRowSource(from: string, context: Pick<DataContext, 'tables'> & { onCommunityPage: boolean }): RowSource | undefined {
  switch (from) {
    case 'communities':
      return COMMUNITIES_SOURCE;
    case 'district.funding':
      return fixedSource(DISTRICT_FUNDING, ['year', ...DISTRICT_FUNDING.slice(1)], getDistrictFunding);
    case 'district.satisfaction':
      return fixedSource(['year', 'pct', 'communities'], ['year', 'pct', 'communities'], getDistrictSatisfaction);
    default:
      break;
  }
  if (from.startsWith('community.') && context.onCommunityPage) {
    const list = from.slice('community.'.length);
    const schemas = { funding: fundingSchema, satisfaction: satisfactionSchema, services: serviceSchema } as const;
    if (!Object.hasOwn(schemas, list)) return undefined;
    const schema = schemas[list as keyof typeof schemas];
    return {
      describe: (path) => (list === 'funding' && path === 'total' ? 'number' : describeSchemaField(schema, path.split('.'))),
      getRows: ({ community }) => {
        const rows = (community?.[list as keyof typeof schemas] ?? []) as Row[];
        return list === 'funding' ? rows.map((r) => ({ ...r, total: getFundingTotal(r as Community['funding'][number]) })) : rows;
      },
      fields: [...listSchemaFields(schema), ...(list === 'funding' ? ['total'] : [])],
    };
  }
  const table = from.startsWith('data/') ? context.tables.get(from.slice('data/'.length)) : undefined;
  if (!table) return undefined;
  // A table that could not be read at all has its own problem: take any column, draw nothing.
  const unreadable = !table.valid && table.table.columns.length === 0;
  return {
    describe: (path) => (unreadable || table.table.numericColumns.includes(path) ? 'number' : table.table.columns.includes(path) ? 'text' : 'unknown'),
    getRows: () => table.table.rows as Record<string, Cell>[],
    fields: table.table.columns,
    columns: table.description?.data.columns,
    source: table.description?.data.source,
  };
}

// The same for every chart and inline value: built once (its field list walks the schema).
const COMMUNITIES_SOURCE: RowSource = {
  describe: (path) => (DERIVED.includes(path) ? 'number' : describeSchemaField(communitySchema, path.split('.'))),
  getRows: ({ communities }) => communities.map((c) => ({ ...c, ...deriveCommunity(c) })),
  fields: [...listSchemaFields(communitySchema), ...DERIVED],
};

function fixedSource(fields: string[], numeric: string[], getRows: (c: DataContext) => Row[]): RowSource {
  return { describe: (path) => (!fields.includes(path) ? 'unknown' : numeric.includes(path) ? 'number' : 'text'), getRows, fields };
}

/** Running funds per year of the period, summed over the communities, by source. */
export function getDistrictFunding({ site, communities }: Pick<DataContext, 'site' | 'communities'>): Row[] {
  return copyRows(
    remember(fundingRows, communities, site, () => {
      const rows = new Map<number, Row>();
      for (let year = site.period.from; year <= site.period.to; year++) {
        rows.set(year, { year, ...Object.fromEntries(FUNDING_KEYS.map((key) => [key, 0])), total: 0 });
      }
      for (const funding of communities.flatMap((c) => c.funding)) {
        const row = rows.get(funding.year);
        if (!row) continue;
        for (const key of FUNDING_KEYS) row[key] = (row[key] as number) + funding[key];
        row.total = (row.total as number) + getFundingTotal(funding);
      }
      return [...rows.values()].map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, k === 'year' ? v : round(v as number)])));
    }),
  );
}

/** Mean satisfaction per year over the communities surveyed that year. */
export function getDistrictSatisfaction({ site, communities }: Pick<DataContext, 'site' | 'communities'>): Row[] {
  return copyRows(
    remember(satisfactionRows, communities, site, () => {
      const byYear = new Map<number, number[]>();
      for (const survey of communities.flatMap((c) => c.satisfaction)) {
        const pcts = byYear.get(survey.year);
        if (pcts) pcts.push(survey.pct);
        else byYear.set(survey.year, [survey.pct]);
      }
      return [...byYear].sort(([a], [b]) => a - b).map(([year, pcts]) => ({ year, pct: round(pcts.reduce((a, b) => a + b, 0) / pcts.length), communities: pcts.length }));
    }),
  );
}

// District rows are read by every chart block and inline value that names them: worked out
// once per set of communities instead of once per reader (O(N) each, O(N²) for a district).
const fundingRows = new WeakMap<readonly Community[], { site: Site; rows: Row[] }>();
const satisfactionRows = new WeakMap<readonly Community[], { site: Site; rows: Row[] }>();

function remember(memo: WeakMap<readonly Community[], { site: Site; rows: Row[] }>, communities: readonly Community[], site: Site, make: () => Row[]): Row[] {
  const known = memo.get(communities);
  if (known && known.site === site) return known.rows;
  const rows = make();
  memo.set(communities, { site, rows });
  return rows;
}

/** Callers sort and extend rows: each gets its own copies. */
function copyRows(rows: Row[]): Row[] {
  return rows.map((row) => ({ ...row }));
}

/** Reads a dot path from a row. */
export function getPath(row: Row, path: string): unknown {
  let value: unknown = row;
  for (const key of path.split('.')) {
    if (value === null || typeof value !== 'object' || !Object.hasOwn(value, key)) return undefined;
    value = (value as Row)[key];
  }
  return value;
}

type Def = { type: string; innerType?: z.ZodType; shape?: Record<string, z.ZodType>; in?: z.ZodType };

function unwrap(schema: z.ZodType): Def {
  let def = schema._zod.def as unknown as Def;
  while (def.innerType || def.type === 'pipe') def = ((def.innerType ?? def.in) as z.ZodType)._zod.def as unknown as Def;
  return def;
}

/** Says what a dot path names in a schema, without looking at data. */
function describeSchemaField(schema: z.ZodType, path: string[]): FieldKind {
  const def = unwrap(schema);
  if (def.type === 'array') return 'list';
  if (path.length === 0) return def.type === 'number' ? 'number' : 'text';
  if (def.type !== 'object' || !def.shape || !Object.hasOwn(def.shape, path[0])) return 'unknown';
  return describeSchemaField(def.shape[path[0]], path.slice(1));
}

/** Lists the dot paths of a schema's plain fields, for suggestions. */
function listSchemaFields(schema: z.ZodType, prefix = ''): string[] {
  const def = unwrap(schema);
  if (def.type !== 'object' || !def.shape) return prefix ? [prefix] : [];
  return Object.entries(def.shape).flatMap(([key, child]) => listSchemaFields(child, prefix ? `${prefix}.${key}` : key));
}

function round(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}
