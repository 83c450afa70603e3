import { parse } from 'yaml';

// The one YAML writer. Files that tools write (generate, import, new, the CMS's saves) must look
// like files editors write: nested objects in block style, rows of a list as one-line flow maps
// (`- { year: 2019, office: 3 }`), short lists of text in brackets (`[a, b]`), and text unquoted
// unless YAML needs the quotes. One quoting rule for all of them: text is written plain only
// when it passes a conservative check of its characters AND reads back as the same text both
// after a key and inside a flow list; otherwise it gets double quotes (JSON's quoting is valid
// YAML). Where the two earlier writers differed (`yes`, `it's`, a leading `%` or `@`), this is
// the stricter of the two, so no value written by either reads back differently.

type Value = string | number | boolean | undefined | null | Value[] | { [key: string]: Value };

const PLAIN_DATE = /^\d{4}-\d{2}(-\d{2})?$/;
const LOOKS_TYPED = /^(?:[-+]?(?:\d[\d_]*(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?|0x[\da-fA-F]+|0o[0-7]+|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN)|true|True|TRUE|false|False|FALSE|null|Null|NULL|~)$/;
// Words YAML 1.1 readers (other tools, older CMSs) take as booleans: quoted for them.
const RESERVED_WORD = /^(true|false|null|yes|no|on|off|y|n)$/i;
// Letters (Chinese included), digits and underscores, starting with a letter: plain unless a reserved word.
const SIMPLE_WORD = /^[\p{L}_][\p{L}\p{N}_]*$/u;

/** One scalar, plain when it reads back as the same text (dates stay plain: the core schema keeps them text). */
export function formatScalar(value: string | number | boolean | null): string {
  if (value === null) return 'null';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`cannot write ${value} as a YAML number`);
    return String(value);
  }
  if (typeof value === 'boolean') return String(value);
  return formatText(value);
}

/** A map key: plain when it reads back as itself. */
export function formatYamlKey(key: string): string {
  return formatText(key);
}

/** A value on one line: `{ year: 2019, pct: 82.5 }`, `[a, b]` or a scalar; undefined entries are left out. */
export function formatYamlValue(value: unknown): string {
  if (Array.isArray(value))
    return `[${value
      .filter((v) => v !== undefined)
      .map(formatYamlValue)
      .join(', ')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    return entries.length === 0 ? '{}' : `{ ${entries.map(([k, v]) => `${formatYamlKey(k)}: ${formatYamlValue(v)}`).join(', ')} }`;
  }
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return formatScalar(value);
  return value === null || value === undefined ? 'null' : String(value);
}

const isScalar = (value: Value) => value === null || typeof value !== 'object';
/** An object of scalars only: one row, written on one line. */
const isRow = (value: Value): boolean => value !== null && typeof value === 'object' && !Array.isArray(value) && Object.values(value).every((v) => v === undefined || isScalar(v));

/**
 * A YAML document for a map: top-level objects in block style, lists of flat rows as flow maps
 * (`- { year: 2019, office: 3 }`), lists of text in brackets, deeper flat objects on one line.
 * Keys whose value is undefined are left out.
 */
export function formatYamlMap(map: Record<string, Value>, indent = ''): string {
  const lines: string[] = [];
  for (const [name, value] of Object.entries(map)) {
    if (value === undefined) continue;
    const key = formatYamlKey(name);
    if (isScalar(value)) {
      lines.push(`${indent}${key}: ${formatScalar(value as string | number | boolean | null)}`);
    } else if (Array.isArray(value)) {
      if (value.every(isScalar)) lines.push(`${indent}${key}: ${formatYamlValue(value)}`);
      else lines.push(`${indent}${key}:`, ...value.map((item) => formatListItem(item, `${indent}  `)));
    } else if (indent !== '' && isRow(value)) {
      lines.push(`${indent}${key}: ${formatYamlValue(value)}`);
    } else {
      lines.push(`${indent}${key}:`, formatYamlMap(value, `${indent}  `).trimEnd());
    }
  }
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}

function formatListItem(item: Value, indent: string): string {
  if (isScalar(item) || isRow(item)) return `${indent}- ${formatYamlValue(item)}`;
  if (Array.isArray(item) || item === null || typeof item !== 'object') throw new Error('nested lists are not written');
  // A row with nested lists in block style: `- id: x` then the other keys under it.
  const block = formatYamlMap(item, `${indent}  `).trimEnd();
  return `${indent}- ${block.slice(indent.length + 2)}`;
}

/** A Markdown file: frontmatter between `---` lines, then the body. */
export function formatMarkdownFile(frontmatter: Record<string, Value>, body: string): string {
  return `---\n${formatYamlMap(frontmatter)}---\n${body.endsWith('\n') ? body : `${body}\n`}`;
}

/**
 * How wide text looks in a monospace editor: CJK characters and full-width forms take two
 * columns. Keeps trailing comments lined up beside Chinese values.
 */
export function getDisplayWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    const wide =
      (code >= 0x1100 && code <= 0x115f) ||
      (code >= 0x2e80 && code <= 0xa4cf) ||
      (code >= 0xac00 && code <= 0xd7a3) ||
      (code >= 0xf900 && code <= 0xfaff) ||
      (code >= 0xfe30 && code <= 0xfe4f) ||
      (code >= 0xff00 && code <= 0xff60) ||
      (code >= 0xffe0 && code <= 0xffe6) ||
      code >= 0x20000;
    width += wide ? 2 : 1;
  }
  return width;
}

/** Pads a line of YAML to a column and adds a comment, with at least two spaces between. */
export function withComment(code: string, comment: string | undefined, column: number): string {
  if (!comment) return code;
  const gap = Math.max(2, column - getDisplayWidth(code));
  return `${code}${' '.repeat(gap)}# ${comment}`;
}

function formatText(text: string): string {
  let written = formatted.get(text);
  if (written === undefined) {
    written = isPlainText(text) ? text : JSON.stringify(text);
    // Imports and generated districts write the same keys and names thousands of times; checking each once is enough.
    if (formatted.size < 10_000) formatted.set(text, written);
  }
  return written;
}

const formatted = new Map<string, string>();

function isPlainText(text: string): boolean {
  if (RESERVED_WORD.test(text)) return false;
  if (SIMPLE_WORD.test(text)) return true;
  if (text === '' || text !== text.trim()) return false;
  if (PLAIN_DATE.test(text)) return true;
  if (LOOKS_TYPED.test(text)) return false;
  // Indicators at the start, and anything that means structure inside a flow collection.
  if (/^[-?:,[\]{}#&*!|>'"%@`]/.test(text) || /[,[\]{}#"']|: |:$|\s#/.test(text) || /\p{Cc}/u.test(text)) return false;
  return readsBackAs(`k: ${text}`, { k: text }) && readsBackAs(`[${text}]`, [text]);
}

function readsBackAs(source: string, expected: unknown): boolean {
  try {
    return JSON.stringify(parse(source, { schema: 'core' })) === JSON.stringify(expected);
  } catch {
    return false;
  }
}

export type { Value as YamlValue };
