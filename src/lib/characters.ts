import type { Position } from './problems.ts';

// Characters an editor cannot see. Control characters (C0 but tab, newline and carriage return;
// DEL and C1; the non-characters U+FFFE/U+FFFF; lone surrogates) are not allowed in XML, so one in
// a title breaks rss.xml for every reader: errors. Bidi controls reorder what a name shows
// (Trojan Source) and zero-width characters make two names look the same yet differ: warnings.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\0-\x08\v\f\x0E-\x1F\x7F-\x9F\uFFFE\uFFFF\uD800-\uDFFF]/u;
const INVISIBLE = /[\u200B-\u200D\u202A-\u202E\u2066-\u2069\uFEFF]/u;
const NAMES: Record<string, string> = {
  '\u200b': '零宽空格',
  '\u200c': '零宽非连接符',
  '\u200d': '零宽连接符',
  '\ufeff': '零宽不换行空格（BOM）',
  '\u202a': '从左到右嵌入',
  '\u202b': '从右到左嵌入',
  '\u202c': '方向嵌入结束',
  '\u202d': '从左到右覆盖',
  '\u202e': '从右到左覆盖',
  '\u2066': '从左到右隔离',
  '\u2067': '从右到左隔离',
  '\u2068': '首字符方向隔离',
  '\u2069': '方向隔离结束',
};
// Fields that name something (and are compared, grouped or linked by it).
const NAME_FIELDS = new Set(['name', 'title', 'street', 'district', 'city', 'type', 'author']);

/** A character found where it should not be. */
export interface StrangeCharacter {
  /** Field path of the text (empty for a body). */
  path: PropertyKey[];
  /** `U+0001` and, for invisible ones, what it is. */
  label: string;
  /** 1-based position of the character within its text. */
  index: number;
  severity: 'error' | 'warning';
}

function formatCodePoint(char: string): string {
  const hex = (char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0');
  return NAMES[char] ? `U+${hex}（${NAMES[char]}）` : `U+${hex}`;
}

/** Finds the first control character of a text, or in a name the first invisible one. */
export function findStrangeCharacter(text: string, isName: boolean): Omit<StrangeCharacter, 'path'> | undefined {
  const control = CONTROL.exec(text);
  if (control) return { label: formatCodePoint(control[0]), index: [...text.slice(0, control.index)].length + 1, severity: 'error' };
  const invisible = isName ? INVISIBLE.exec(text) : null;
  if (invisible) return { label: formatCodePoint(invisible[0]), index: [...text.slice(0, invisible.index)].length + 1, severity: 'warning' };
  return undefined;
}

/** Walks parsed YAML and lists every text value holding a control character (or an invisible one in a name). */
export function findStrangeCharacters(data: unknown, path: PropertyKey[] = []): StrangeCharacter[] {
  if (typeof data === 'string') {
    const last = path.findLast((key) => typeof key === 'string');
    const found = findStrangeCharacter(data, typeof last === 'string' && NAME_FIELDS.has(last));
    return found ? [{ path, ...found }] : [];
  }
  if (Array.isArray(data)) return data.flatMap((item, i) => findStrangeCharacters(item, [...path, i]));
  if (data !== null && typeof data === 'object') {
    return Object.entries(data).flatMap(([key, value]) => findStrangeCharacters(value, [...path, key]));
  }
  return [];
}

/** Lists the control characters of a body with their positions (line counted from the body's first). */
export function findControlCharacters(body: string): (Position & Omit<StrangeCharacter, 'path'>)[] {
  return body.split('\n').flatMap((line, i) => {
    const found = findStrangeCharacter(line, false);
    return found ? [{ line: i + 1, column: found.index, ...found }] : [];
  });
}

/** The message for a strange character: `where` names the field (`title：`) or the body line. */
export function describeStrangeCharacter(where: string, { label, index, severity }: Omit<StrangeCharacter, 'path'>): string {
  return severity === 'error'
    ? `${where}第 ${index} 个字符是看不见的控制字符 ${label}，会使网页和订阅源（rss.xml）出错：请删除它（常见于从网页、PDF 或 Word 复制的文字）`
    : `${where}第 ${index} 个字符是看不见的字符 ${label}：名称看起来一样，却与别处写的不相等或显示顺序被改变，请删除它`;
}
