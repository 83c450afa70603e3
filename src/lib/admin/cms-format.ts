import type { z } from 'astro/zod';
import { parse } from 'yaml';
import type { YamlValue } from '../yaml-writer.ts';
import { formatMarkdownFile } from '../yaml-writer.ts';
import { unwrap } from './fields.ts';

/** The name the CMS configuration gives this file format. */
export const CMS_FORMAT = 'shequ-frontmatter';

type Entry = Record<string, unknown>;

/**
 * Reads a content file for the CMS's form: the frontmatter as data (dates stay text, as the
 * project reads them), the body under `body`. A standard written as a bare status becomes
 * `{ status }` so that one form (status and note) edits both ways of writing it; a missing
 * `draft` becomes false, so that the form's default (true, for new entries) leaves existing
 * entries published.
 */
export function readCmsEntry(text: string): Entry {
  const normalized = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const match = /^---[ \t]*\n([\s\S]*?\n)?---[ \t]*(?:\n|$)/.exec(normalized);
  const data = (match ? parse(match[1] ?? '', { schema: 'core' }) : {}) as Entry | null;
  const entry: Entry = { ...(data ?? {}) };
  if (isRecord(entry.standards)) {
    entry.standards = Object.fromEntries(Object.entries(entry.standards).map(([id, v]) => [id, typeof v === 'string' ? { status: v } : v]));
  }
  entry.draft ??= false;
  entry.body = match ? normalized.slice(match[0].length) : normalized;
  return entry;
}

/**
 * Writes what the CMS's form holds back as a content file, in the house style of the sample
 * (`npm run new` and `generate` write the same): keys in contract order, rows of lists on one
 * line, short lists in brackets. Empty optional values are left out rather than written as
 * empty text or null; a standard without a note is written as its bare status; `draft: false`
 * is left out (it is the default).
 */
export function writeCmsEntry(entry: Entry, schema: z.ZodType): string {
  const { body, ...data } = entry;
  const cleaned = (cleanValue(data, schema) ?? {}) as Record<string, YamlValue>;
  if (isRecord(cleaned.standards)) {
    cleaned.standards = Object.fromEntries(Object.entries(cleaned.standards).map(([id, v]) => [id, isRecord(v) && Object.keys(v).length === 1 && typeof v.status === 'string' ? v.status : v])) as Record<string, YamlValue>;
  }
  if (cleaned.draft === false) delete cleaned.draft;
  return formatMarkdownFile(cleaned, typeof body === 'string' ? body : '');
}

/** Orders object keys as the schema lists them and drops empty optional values. */
function cleanValue(value: unknown, schema: z.ZodType | undefined): YamlValue | undefined {
  const { inner, required } = schema ? unwrap(schema) : { inner: undefined, required: false };
  const def = inner?._zod.def as unknown as (Record<string, unknown> & { type: string }) | undefined;
  if (value === null || value === undefined || value === '') return undefined;
  if (Array.isArray(value)) {
    const element = def?.type === 'array' ? (def.element as z.ZodType) : undefined;
    const items = value.map((item) => cleanValue(item, element)).filter((item) => item !== undefined);
    return items.length === 0 && !required ? undefined : items;
  }
  if (isRecord(value)) {
    const shape = def?.type === 'object' ? (def.shape as Record<string, z.ZodType>) : {};
    const record = def?.type === 'record' ? (def.valueType as z.ZodType) : undefined;
    const keys = [...Object.keys(shape).filter((k) => Object.hasOwn(value, k)), ...Object.keys(value).filter((k) => !Object.hasOwn(shape, k))];
    const out: Record<string, YamlValue> = {};
    for (const key of keys) {
      const cleaned = cleanValue(value[key], shape[key] ?? record ?? findObjectOption(def));
      if (cleaned !== undefined) out[key] = cleaned;
    }
    return Object.keys(out).length === 0 && !required ? undefined : out;
  }
  return value as YamlValue;
}

/** For a union (a standard's status or `{ status, note }`), the object option. */
function findObjectOption(def: (Record<string, unknown> & { type: string }) | undefined): z.ZodType | undefined {
  if (def?.type !== 'union') return undefined;
  return (def.options as z.ZodType[]).find((o) => (o._zod.def as { type: string }).type === 'object');
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
