import { parse } from 'yaml';

// Files that tools write must look like files editors write: lists `[a, b]`, rows
// `{ year: 2019, office: 3 }`, text unquoted unless YAML needs the quotes.

/** Writes a value as YAML text on one line: flow lists and maps, quoted text only where needed. */
export function formatYamlValue(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(formatYamlValue).join(', ')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    return entries.length === 0 ? '{}' : `{ ${entries.map(([k, v]) => `${formatYamlKey(k)}: ${formatYamlValue(v)}`).join(', ')} }`;
  }
  if (typeof value === 'string') return formatText(value);
  if (value === null || value === undefined) return 'null';
  return String(value);
}

/** A map key: plain when it reads back as itself. */
export function formatYamlKey(key: string): string {
  return formatText(key);
}

/**
 * Text stays plain when YAML reads it back unchanged both after a key and inside a flow list;
 * `2019`, `true`, `a, b`, `#1` or `- x` get double quotes (JSON's quoting is valid YAML).
 */
function formatText(text: string): string {
  let written = formatted.get(text);
  if (written === undefined) {
    const plain = SIMPLE_WORD.test(text) ? !RESERVED_WORD.test(text) : text !== '' && readsBackAs(`k: ${text}`, { k: text }) && readsBackAs(`[${text}]`, [text]);
    written = plain ? text : JSON.stringify(text);
    // Imports write the same keys and names thousands of times; parsing each once is enough.
    if (formatted.size < 10_000) formatted.set(text, written);
  }
  return written;
}

const formatted = new Map<string, string>();
// Letters (Chinese included), digits and underscores, starting with a letter: plain unless a YAML word.
const SIMPLE_WORD = /^[\p{L}_][\p{L}\p{N}_]*$/u;
const RESERVED_WORD = /^(true|false|null|yes|no|on|off|y|n)$/i;

function readsBackAs(source: string, expected: unknown): boolean {
  try {
    return JSON.stringify(parse(source, { schema: 'core' })) === JSON.stringify(expected);
  } catch {
    return false;
  }
}

/**
 * How wide text looks in a monospace editor: CJK characters and full-width forms take two
 * columns. Keeps trailing comments lined up beside Chinese values.
 */
export function getDisplayWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    const wide = (code >= 0x1100 && code <= 0x115f) || (code >= 0x2e80 && code <= 0xa4cf) || (code >= 0xac00 && code <= 0xd7a3)
      || (code >= 0xf900 && code <= 0xfaff) || (code >= 0xfe30 && code <= 0xfe4f) || (code >= 0xff00 && code <= 0xff60) || (code >= 0xffe0 && code <= 0xffe6)
      || code >= 0x20000;
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
