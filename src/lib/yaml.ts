import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import type { Node } from 'yaml';
import type { Position, Problem } from './problems.ts';
import { createError, createWarning } from './problems.ts';

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
export type ParsedYaml = Omit<YamlSource, 'locate'> & {
  /** The position of every key and list item, by path (see `pathKey`). */
  positions: Map<string, Position>;
  /** Where problems about missing top-level keys point. */
  blockLine: number;
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

/** Gives a plain parse back its `locate`. */
export function toYamlSource(parsed: ParsedYaml): YamlSource {
  const { positions, blockLine } = parsed;
  return {
    data: parsed.data,
    problems: parsed.problems,
    locate: (path) => {
      for (let length = path.length; length > 0; length--) {
        const found = positions.get(pathKey(path.slice(0, length)));
        if (found) return found;
      }
      return { line: blockLine };
    },
  };
}

/** `parseYaml` without the closure: data, problems and the position of every key. */
export function parseYamlData(
  text: string,
  file: string,
  { firstLine, blockLine }: YamlOrigin = { firstLine: 1, blockLine: 1 },
): ParsedYaml {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, schema: 'core', prettyErrors: false });
  const toPosition = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: line + firstLine - 1, column: col };
  };
  const problems = [
    ...doc.errors.map((e) =>
      createError(file, toPosition(e.pos[0]), '', `YAML 语法错误：${describeYamlError(e.code, e.message)}`),
    ),
    ...doc.warnings.map((w) =>
      createWarning(file, toPosition(w.pos[0]), '', `YAML 警告：${w.message}`),
    ),
  ];
  const data = problems.some((p) => p.severity === 'error') ? undefined : doc.toJS();
  // Positions are taken once and the syntax tree let go: at district scale, keeping every
  // file's tree alive for later messages costs hundreds of megabytes.
  const positions = new Map<string, Position>();
  collectKeyOffsets(doc.contents, [], (path, offset) => positions.set(pathKey(path), toPosition(offset)));
  return { data, problems, positions, blockLine };
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
