// Writes YAML the way editors do in the sample district: nested objects in block style, rows of
// a list as one-line flow maps, short lists of text in brackets. Values are quoted only when a
// plain scalar would be read back differently.

type Value = string | number | boolean | undefined | null | Value[] | { [key: string]: Value };

const PLAIN_DATE = /^\d{4}-\d{2}(-\d{2})?$/;
const LOOKS_TYPED = /^(?:[-+]?(?:\d[\d_]*(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?|0x[\da-fA-F]+|0o[0-7]+|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN)|true|True|TRUE|false|False|FALSE|null|Null|NULL|~)$/;

/** One scalar, plain when it reads back as the same text (dates stay plain: the core schema keeps them text). */
export function formatScalar(value: string | number | boolean | null): string {
  if (value === null) return 'null';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`cannot write ${value} as a YAML number`);
    return String(value);
  }
  if (typeof value === 'boolean') return String(value);
  return isPlainSafe(value) ? value : JSON.stringify(value);
}

function isPlainSafe(text: string): boolean {
  if (text === '' || text !== text.trim()) return false;
  if (PLAIN_DATE.test(text)) return true;
  if (LOOKS_TYPED.test(text)) return false;
  // Indicators at the start, and anything that means structure inside a flow collection.
  if (/^[-?:,[\]{}#&*!|>'"%@`]/.test(text)) return false;
  return !/[,[\]{}#"']|: |:$|\s#/.test(text) && !/\p{Cc}/u.test(text);
}

/** A value on one line: `{ year: 2019, pct: 82.5 }`, `[a, b]` or a scalar. */
export function formatFlow(value: Value): string {
  if (Array.isArray(value)) return `[${value.filter((v) => v !== undefined).map(formatFlow).join(', ')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    return entries.length === 0 ? '{}' : `{ ${entries.map(([k, v]) => `${k}: ${formatFlow(v)}`).join(', ')} }`;
  }
  return formatScalar(value ?? null);
}

const isScalar = (value: Value) => value === null || typeof value !== 'object';
/** An object of scalars only: one row, written on one line. */
const isRow = (value: Value): boolean =>
  value !== null && typeof value === 'object' && !Array.isArray(value) && Object.values(value).every((v) => v === undefined || isScalar(v));

/**
 * A YAML document for a map: top-level objects in block style, lists of flat rows as flow maps
 * (`- { year: 2019, office: 3 }`), lists of text in brackets, deeper flat objects on one line.
 * Keys whose value is undefined are left out.
 */
export function formatYamlMap(map: Record<string, Value>, indent = ''): string {
  const lines: string[] = [];
  for (const [key, value] of Object.entries(map)) {
    if (value === undefined) continue;
    if (isScalar(value)) {
      lines.push(`${indent}${key}: ${formatScalar(value as string | number | boolean | null)}`);
    } else if (Array.isArray(value)) {
      if (value.every(isScalar)) lines.push(`${indent}${key}: ${formatFlow(value)}`);
      else lines.push(`${indent}${key}:`, ...value.map((item) => formatListItem(item, `${indent}  `)));
    } else if (indent !== '' && isRow(value)) {
      lines.push(`${indent}${key}: ${formatFlow(value)}`);
    } else {
      lines.push(`${indent}${key}:`, formatYamlMap(value, `${indent}  `).trimEnd());
    }
  }
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}

function formatListItem(item: Value, indent: string): string {
  if (isScalar(item) || isRow(item)) return `${indent}- ${formatFlow(item)}`;
  if (Array.isArray(item) || item === null || typeof item !== 'object') throw new Error('nested lists are not written');
  // A row with nested lists in block style: `- id: x` then the other keys under it.
  const block = formatYamlMap(item, `${indent}  `).trimEnd();
  return `${indent}- ${block.slice(indent.length + 2)}`;
}

/** A Markdown file: frontmatter between `---` lines, then the body. */
export function formatMarkdownFile(frontmatter: Record<string, Value>, body: string): string {
  return `---\n${formatYamlMap(frontmatter)}---\n${body.endsWith('\n') ? body : `${body}\n`}`;
}

export type { Value as YamlValue };
