import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import type { Document, Node } from 'yaml';
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
export function parseYaml(
  text: string,
  file: string,
  { firstLine, blockLine }: YamlOrigin = { firstLine: 1, blockLine: 1 },
): YamlSource {
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
  const blockStart = { line: blockLine };
  return {
    data,
    problems,
    locate: (path) => {
      const offset = findKeyOffset(doc, path);
      return offset === undefined ? blockStart : toPosition(offset);
    },
  };
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

/**
 * Finds the offset of the deepest existing key on `path`: the key itself when the whole path
 * exists, else its nearest existing parent, else undefined (top level).
 */
function findKeyOffset(doc: Document, path: readonly PropertyKey[]): number | undefined {
  let node: unknown = doc.contents;
  let offset: number | undefined;
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(key));
      if (!pair) break;
      offset = (pair.key as Node).range?.[0] ?? offset;
      node = pair.value;
    } else if (isSeq(node) && typeof key === 'number' && key < node.items.length) {
      const item = node.items[key] as Node | null;
      offset = item?.range?.[0] ?? offset;
      node = item;
    } else {
      break;
    }
  }
  return offset;
}
