import { load } from 'js-yaml';
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, visit } from 'yaml';
import type { Node } from 'yaml';
import type { Position, Problem } from './problems.ts';
import { createError, createWarning } from './problems.ts';
import { describeUnclosedBracket, findColonSlips, findUnclosedBracket } from './yaml-slips.ts';

/** Parsed YAML with a way back from a field path to its place in the file. */
export interface YamlSource {
  /** The plain data, or undefined when the YAML could not be parsed. */
  data: unknown;
  /** Syntax errors and parser warnings, at the line where the parser stopped. */
  problems: Problem[];
  /**
   * The position of a field: the line of its key for a value, the line of its parent key for
   * a key that is missing (the first line of the block at top level).
   */
  locate(path: readonly PropertyKey[]): Position;
}

/** A parse as plain data (no functions), so that it can be cached between runs. */
export type ParsedYaml = Omit<YamlSource, 'locate'> &
  YamlOrigin & {
    /** The YAML text, kept to find positions when a problem needs one. */
    text: string;
  };

/** Where a YAML text sits in its file. */
export interface YamlOrigin {
  /** The file line the text starts on. */
  firstLine: number;
  /** The line that problems about missing top-level keys point at (the opening `---` or fence). */
  blockLine: number;
}

/**
 * Parses YAML with the core schema, so dates stay text (`2023-03-29` is never a Date) and
 * `2024-02-30` is not silently moved to March.
 */
export function parseYaml(text: string, file: string, origin?: YamlOrigin): YamlSource {
  return toYamlSource(parseYamlData(text, file, origin));
}

/**
 * Gives a plain parse back its `locate`. Positions are worked out on the first call only: valid
 * content never needs one, and at district scale a syntax tree per file costs seconds.
 */
export function toYamlSource(parsed: ParsedYaml): YamlSource {
  let positions: Map<string, Position> | undefined;
  return {
    data: parsed.data,
    problems: parsed.problems,
    locate: (path) => {
      positions ??= findPositions(parsed.text, parsed.firstLine);
      for (let length = path.length; length > 0; length--) {
        const found = positions.get(pathKey(path.slice(0, length)));
        if (found) return found;
      }
      return { line: parsed.blockLine };
    },
  };
}

/**
 * `parseYaml` as plain data. Two parsers, one meaning: js-yaml (YAML 1.2 core schema, far
 * faster: docs/performance.md) reads text that is valid; whatever it rejects goes to the `yaml` package, whose
 * messages and positions the problems are made of. On the 10,040 frontmatters of the sample,
 * generated and fixture content both give the same data.
 */
export function parseYamlData(text: string, file: string, { firstLine, blockLine }: YamlOrigin = { firstLine: 1, blockLine: 1 }): ParsedYaml {
  const fast = loadValid(text);
  if (fast.ok && (isMapping(fast.data) || fast.data == null)) return { data: fast.data, problems: [], text, firstLine, blockLine };
  // `households：3200` alone on its lines reads as one string, not as a key: say why.
  if (fast.ok) {
    const slips = findColonSlips(text, file, firstLine);
    return slips.length > 0 ? { data: undefined, problems: slips, text, firstLine, blockLine } : { data: fast.data, problems: [], text, firstLine, blockLine };
  }
  const { doc, toPosition } = parseWithPositions(text, firstLine);
  // A slip found in the text says more than the parser's complaint on the same line.
  const slips = findColonSlips(text, file, firstLine);
  const explained = new Set(slips.map((p) => p.line));
  const syntax = doc.errors.flatMap((e) => {
    const at = toPosition(e.pos[0]);
    if (explained.has(at.line)) return [];
    const unclosed = /end with an? [\]}]/.test(e.message) ? findUnclosedBracket(text, firstLine, at.line) : undefined;
    if (unclosed) {
      if (explained.has(unclosed.line)) return [];
      explained.add(unclosed.line);
      return [createError(file, { line: unclosed.line }, '', `YAML 语法错误：${describeUnclosedBracket(unclosed.bracket)}`)];
    }
    // The parser often trips several times on one slip: one message per line is enough.
    if (explained.has(at.line)) return [];
    explained.add(at.line);
    return [createError(file, at, '', `YAML 语法错误：${describeYamlError(e.code, e.message)}`)];
  });
  const problems = [...slips, ...syntax, ...doc.warnings.map((w) => createWarning(file, toPosition(w.pos[0]), '', `YAML 警告：${w.message}`))];
  if (problems.some((p) => p.severity === 'error')) return { data: undefined, problems, text, firstLine, blockLine };
  try {
    return { data: doc.toJS(), problems, text, firstLine, blockLine };
  } catch {
    // The parser accepts an alias to an anchor that does not exist (`note: *重点*`) and only
    // fails when building the data: a value starting with `*` is an alias in YAML.
    const alias = findUnresolvedAlias(doc);
    const message = `YAML 语法错误：“*${alias?.source ?? ''}”是 YAML 的别名，但前面没有对应的“&${alias?.source ?? ''}”；以 * 开头的文字请加引号`;
    return { data: undefined, problems: [...problems, createError(file, toPosition(alias?.range?.[0] ?? 0), '', message)], text, firstLine, blockLine };
  }
}

/** The first alias (`*name`) in a document whose anchor (`&name`) is missing. */
function findUnresolvedAlias(doc: ReturnType<typeof parseDocument>): { source: string; range?: readonly number[] | null } | undefined {
  let found: { source: string; range?: readonly number[] | null } | undefined;
  visit(doc, {
    Alias(_, node) {
      if (node.resolve(doc) !== undefined) return undefined;
      found = node;
      return visit.BREAK;
    },
  });
  return found;
}

function isMapping(data: unknown): boolean {
  return typeof data === 'object' && data !== null && !Array.isArray(data);
}

/** js-yaml's reading of text it accepts; anything else (errors, empty text, tags) is left to `yaml`. */
function loadValid(text: string): { ok: true; data: unknown } | { ok: false } {
  try {
    return { ok: true, data: load(text) };
  } catch {
    return { ok: false };
  }
}

/** The `yaml` package's syntax tree, and file positions for its offsets. */
function parseWithPositions(text: string, firstLine: number): { doc: ReturnType<typeof parseDocument>; toPosition(offset: number): Position } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, schema: 'core', prettyErrors: false });
  return {
    doc,
    toPosition: (offset) => {
      const { line, col } = lineCounter.linePos(offset);
      return { line: line + firstLine - 1, column: col };
    },
  };
}

/** The position of every key of a map and every item of a list, by path. */
function findPositions(text: string, firstLine: number): Map<string, Position> {
  const { doc, toPosition } = parseWithPositions(text, firstLine);
  const positions = new Map<string, Position>();
  collectKeyOffsets(doc.contents, [], (path, offset) => positions.set(pathKey(path), toPosition(offset)));
  return positions;
}

function pathKey(path: readonly PropertyKey[]): string {
  return path.map(String).join('\u0000');
}

/** Chinese wording for the parser's most common complaints, keeping its own text for detail. */
function describeYamlError(code: string, message: string): string {
  const known: Record<string, string> = {
    DUPLICATE_KEY: '同一层级出现重复的键',
    BAD_INDENT: '缩进不正确',
    MISSING_CHAR: '缺少字符（引号或括号未闭合？）',
    BLOCK_AS_IMPLICIT_KEY: '缩进或冒号位置不正确',
    TAB_AS_INDENT: '不能用 Tab 缩进，请用空格',
  };
  const firstLine = message.split('\n')[0];
  if (/Implicit map keys need to be followed by map values/.test(firstLine)) return `这一行缺少“字段: 值”的冒号（${firstLine}）`;
  if (code === 'MULTILINE_IMPLICIT_KEY') return `字段名不能跨行：检查这一行的缩进和冒号（${firstLine}）`;
  return known[code] ? `${known[code]}（${firstLine}）` : firstLine;
}

/** Calls `record` with the offset of every key of a map and every item of a list, depth first. */
function collectKeyOffsets(node: unknown, path: PropertyKey[], record: (path: PropertyKey[], offset: number) => void): void {
  if (isMap(node)) {
    for (const item of node.items) {
      if (!isPair(item) || !isScalar(item.key)) continue;
      const childPath = [...path, String(item.key.value)];
      const offset = (item.key as Node).range?.[0];
      if (offset !== undefined) record(childPath, offset);
      collectKeyOffsets(item.value, childPath, record);
    }
  } else if (isSeq(node)) {
    node.items.forEach((item, index) => {
      const offset = (item as Node | null)?.range?.[0];
      if (offset !== undefined) record([...path, index], offset);
      collectKeyOffsets(item, [...path, index], record);
    });
  }
}
