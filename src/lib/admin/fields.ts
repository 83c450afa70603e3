import type { z } from 'astro/zod';
import { FIELD_LABELS, OPTION_LABELS } from './labels.ts';

/** One field of the CMS's form (Decap/Sveltia config format). */
export interface CmsField {
  name: string;
  label: string;
  widget: string;
  required?: boolean;
  hint?: string;
  default?: unknown;
  fields?: CmsField[];
  field?: CmsField;
  options?: { label: string; value: string }[];
  value_type?: 'int' | 'float';
  min?: number;
  max?: number;
  step?: number;
  [key: string]: unknown;
}

/** What the walk needs besides the schema: Chinese hints by dotted path, and special fields. */
export interface FieldContext {
  hints: ReadonlyMap<string, string>;
  /** Builds a field the schema cannot describe by itself (`standards`: one select per standard). */
  special?: (path: string, label: string, required: boolean) => CmsField | undefined;
}

type Def = Record<string, unknown> & { type: string };

const defOf = (schema: z.ZodType) => schema._zod.def as unknown as Def;

/**
 * Turns the fields of a Zod object schema into CMS form fields, in the schema's order. Labels
 * and hints come from the field's `.meta({ title, description })`, then from the Chinese tables;
 * a field known to neither is shown by its key, so no field of the schema is ever left out.
 */
export function buildCmsFields(schema: z.ZodType, context: FieldContext, prefix = ''): CmsField[] {
  const shape = (defOf(schema).shape ?? {}) as Record<string, z.ZodType>;
  return Object.entries(shape).map(([key, field]) => buildCmsField(key, field, context, prefix ? `${prefix}.${key}` : key));
}

function buildCmsField(name: string, schema: z.ZodType, context: FieldContext, path: string): CmsField {
  const { inner, required, fallback } = unwrap(schema);
  const meta = readMeta(schema) ?? readMeta(inner);
  const label = meta?.title ?? FIELD_LABELS[path] ?? name;
  const hint = meta?.description ?? context.hints.get(path);
  const base = { name, label, required, ...(hint ? { hint } : {}), ...(fallback === undefined ? {} : { default: fallback }) };
  const special = context.special?.(path, label, required);
  if (special) return { ...special, ...(hint ? { hint } : {}) };
  return { ...base, ...describeWidget(inner, context, path) };
}

/** The widget for a value schema (without its optional/default wrapper). */
function describeWidget(schema: z.ZodType, context: FieldContext, path: string): Omit<CmsField, 'name' | 'label'> & { widget: string } {
  const def = defOf(schema);
  switch (def.type) {
    case 'string':
      return { widget: 'string' };
    case 'boolean':
      return { widget: 'boolean' };
    case 'number':
      return describeNumber(schema);
    case 'enum':
      return {
        widget: 'select',
        options: Object.values(def.entries as Record<string, string>).map((value) => ({ label: OPTION_LABELS[value] ? `${OPTION_LABELS[value]}（${value}）` : value, value })),
      };
    case 'object':
      return { widget: 'object', fields: buildCmsFields(schema, context, path) };
    case 'array': {
      const element = unwrap(def.element as z.ZodType).inner;
      if (defOf(element).type === 'object') return { widget: 'list', fields: buildCmsFields(element, context, path) };
      // A list of plain values is edited as one value per row.
      return { widget: 'list', field: { name: 'item', label: FIELD_LABELS[path] ?? path, ...describeWidget(element, context, path) } };
    }
    default:
      // Records and unions need a special builder; without one the value is kept as written.
      return { widget: 'code', output_code_only: true };
  }
}

function describeNumber(schema: z.ZodType): Omit<CmsField, 'name' | 'label'> & { widget: string } {
  const number = schema as unknown as { minValue: number | null; maxValue: number | null; isInt: boolean };
  const finite = (value: number | null) => value !== null && Number.isFinite(value) && Math.abs(value) < Number.MAX_SAFE_INTEGER;
  return {
    widget: 'number',
    value_type: number.isInt ? 'int' : 'float',
    ...(finite(number.minValue) ? { min: number.minValue as number } : {}),
    ...(finite(number.maxValue) ? { max: number.maxValue as number } : {}),
    step: number.isInt ? 1 : 0.01,
  };
}

/** Peels optional/default wrappers: what is left, whether the contract requires the field, its default. */
export function unwrap(schema: z.ZodType): { inner: z.ZodType; required: boolean; fallback?: unknown } {
  let inner = schema;
  let required = true;
  let fallback: unknown;
  for (;;) {
    const def = defOf(inner);
    if (def.type === 'optional' || def.type === 'nullable') required = false;
    else if (def.type === 'default' || def.type === 'prefault') {
      required = false;
      fallback = def.defaultValue;
    } else if (def.type === 'pipe') {
      inner = def.in as z.ZodType;
      continue;
    } else return { inner, required, fallback };
    inner = def.innerType as z.ZodType;
  }
}

function readMeta(schema: z.ZodType): { title?: string; description?: string } | undefined {
  const meta = (schema as unknown as { meta?: () => Record<string, unknown> | undefined }).meta?.();
  if (!meta) return undefined;
  return { title: typeof meta.title === 'string' ? meta.title : undefined, description: typeof meta.description === 'string' ? meta.description : undefined };
}
