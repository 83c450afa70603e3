import { describeStrangeCharacter, findStrangeCharacters } from './characters.ts';
import { suggestName } from './suggest.ts';
import type { z } from 'astro/zod';
import type { Problem } from './problems.ts';
import { createError, createWarning, formatPath } from './problems.ts';
import type { YamlSource } from './yaml.ts';

/** Options for checking one block of fields. */
export interface ParseFieldsOptions {
  /** A draft: missing required facts are warnings, not errors. */
  draft?: boolean;
  /** Prefix for field paths in messages (a chart block names none, frontmatter none). */
  pathPrefix?: readonly PropertyKey[];
}

/**
 * Checks parsed YAML against a schema. Returns the typed data when it is valid, and every
 * problem either way: each invalid value at the line of its key, each missing key at the line
 * of its parent, each unknown key as a warning naming the closest known key.
 */
export function parseFields<T extends z.ZodType>(schema: T, source: YamlSource, file: string, options: ParseFieldsOptions = {}): { data?: z.output<T>; problems: Problem[] } {
  const problems: Problem[] = findUnknownKeys(schema, source.data, []).map(({ path, key, known }) => createWarning(file, source.locate(path), formatPath(path), `未知字段“${key}”${known ? `：是否应为“${known}”？` : ''}（该字段不会被使用）`));
  for (const { path, ...found } of findStrangeCharacters(source.data)) {
    const make = found.severity === 'error' ? createError : createWarning;
    problems.push(make(file, source.locate(path), formatPath(path), describeStrangeCharacter(`${formatPath(path)}：`, found)));
  }
  const result = schema.safeParse(source.data);
  if (result.success) return { data: result.data, problems };
  for (const issue of result.error.issues) {
    const value = getAt(source.data, issue.path);
    const path = formatPath(issue.path);
    const at = source.locate(issue.path);
    if (issue.path.length === 0) {
      problems.push(createError(file, at, '', `内容应为“字段: 值”形式的若干行，现为 ${describeValue(value)}`));
    } else if (value === undefined) {
      const make = options.draft ? createWarning : createError;
      problems.push(make(file, at, path, `${options.draft ? '草稿' : ''}缺少必填字段 ${path}`));
    } else {
      problems.push(createError(file, at, path, `${path || '文件内容'}：${issue.message}，现为 ${describeValue(value)}${issue.code === 'invalid_type' ? hintFor(value) : ''}`));
    }
  }
  return { problems };
}

/** Quotes a value the way the editor wrote it. */
export function describeValue(value: unknown): string {
  if (value === null) return '空值';
  if (typeof value === 'string') return `“${value}”`;
  if (Array.isArray(value)) return '列表';
  if (typeof value === 'object') return '对象';
  return String(value);
}

/** A number written as text is the commonest slip; say how to write it. */
function hintFor(value: unknown): string {
  const halfWidth = typeof value === 'string' ? value.trim().replace(/[０-９．]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)) : '';
  if (typeof value === 'string' && halfWidth !== value.trim() && /^-?\d+(\.\d+)?$/.test(halfWidth)) {
    return `（这是全角数字：请改成半角的 ${halfWidth}，切换到英文输入法再输入）`;
  }
  if (typeof value === 'string' && /\d/.test(value) && /^[\s约~≈]*[-\d.,，０-９]+\s*[%％万元户人㎡]*$/.test(value)) {
    return '（数字请直接写，不加引号、逗号、单位或百分号）';
  }
  return '';
}

function getAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let node = data;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return node;
}

interface UnknownKey {
  path: PropertyKey[];
  key: string;
  known?: string;
}

/** Walks data beside its schema and lists every key that the schema does not know. */
export function findUnknownKeys(schema: z.ZodType, data: unknown, path: PropertyKey[]): UnknownKey[] {
  const def = schema._zod.def as unknown as Record<string, unknown> & { type: string };
  switch (def.type) {
    case 'optional':
    case 'default':
    case 'nullable':
    case 'prefault':
      return findUnknownKeys(def.innerType as z.ZodType, data, path);
    case 'pipe':
      return findUnknownKeys(def.in as z.ZodType, data, path);
    case 'union': {
      const options = def.options as z.ZodType[];
      const objectOption = options.find((o) => (o._zod.def as { type: string }).type === 'object');
      return objectOption && isRecord(data) ? findUnknownKeys(objectOption, data, path) : [];
    }
    case 'array':
      return Array.isArray(data) ? data.flatMap((item, i) => findUnknownKeys(def.element as z.ZodType, item, [...path, i])) : [];
    case 'record':
      return isRecord(data)
        ? Object.entries(data).flatMap(([k, v]) =>
            // Zod copies a record by assignment, so a `__proto__` key would vanish without a word.
            k === '__proto__' ? [{ path: [...path, k], key: k }] : findUnknownKeys(def.valueType as z.ZodType, v, [...path, k]),
          )
        : [];
    case 'object': {
      if (!isRecord(data)) return [];
      const shape = def.shape as Record<string, z.ZodType>;
      const knownKeys = Object.keys(shape);
      return Object.entries(data).flatMap(([key, value]) => (Object.hasOwn(shape, key) ? findUnknownKeys(shape[key], value, [...path, key]) : [{ path: [...path, key], key, known: suggestName(key, knownKeys) }]));
    }
    default:
      return [];
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
