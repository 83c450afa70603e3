import type { Problem } from './problems.ts';
import { createError } from './problems.ts';

// Typing slips that break YAML, found in the text itself: the parser only says where it
// stopped ("Implicit keys need to be on a single line"), which names neither the slip nor the fix.

const FULL_WIDTH_COLON = /^(\s*(?:-\s+)?)([A-Za-z_][A-Za-z0-9_]*)[ \t]*：[ \t]*(.*)$/;
const NO_SPACE_COLON = /^(\s*(?:-\s+)?)([A-Za-z_][A-Za-z0-9_]*):(?![\s/]|$)(.*)$/;
const BLOCK_SCALAR = /:\s*[|>][-+0-9]*\s*(#.*)?$/;

/**
 * Lines whose key is followed by a full-width colon (`households：3200`) or by a colon without a
 * space (`households:3200`), each an error naming the colon and showing the line as it should be.
 * Text inside block scalars (`summary: |`) is prose and never checked.
 */
export function findColonSlips(text: string, file: string, firstLine: number): Problem[] {
  const problems: Problem[] = [];
  let proseIndent = -1;
  text.split('\n').forEach((line, i) => {
    const indent = line.length - line.trimStart().length;
    if (proseIndent >= 0 && (line.trim() === '' || indent > proseIndent)) return;
    proseIndent = BLOCK_SCALAR.test(line) ? indent : -1;
    const at = (prefix: string) => ({ line: firstLine + i, column: prefix.length + 1 });
    const fullWidth = FULL_WIDTH_COLON.exec(line);
    if (fullWidth) {
      const [, prefix, key, value] = fullWidth;
      problems.push(createError(file, at(prefix), key, `“${line.trim()}”用了全角冒号“：”：字段名后面要用半角冒号加一个空格，应写成 ${prefix.trimStart()}${key}: ${value}`.trimEnd()));
      return;
    }
    const noSpace = NO_SPACE_COLON.exec(line);
    if (noSpace) {
      const [, prefix, key, value] = noSpace;
      problems.push(createError(file, at(prefix), key, `“${line.trim()}”的冒号后面缺少空格：字段名后面要用半角冒号加一个空格，应写成 ${prefix.trimStart()}${key}: ${value}`));
    }
  });
  return problems;
}

/**
 * The line where a `[` or `{` was opened and never closed, up to the line the parser stopped
 * at (it notices only on the next line, or at the end of the block); undefined when none is open.
 */
export function findUnclosedBracket(text: string, firstLine: number, stopLine: number): { line: number; bracket: '[' | '{' } | undefined {
  const lines = text.split('\n').slice(0, Math.max(stopLine - firstLine + 1, 1));
  const stack: { line: number; bracket: '[' | '{' }[] = [];
  for (const [i, line] of lines.entries()) {
    let quote = '';
    for (const char of line) {
      if (quote) {
        if (char === quote) quote = '';
      } else if (char === '"' || char === "'") quote = char;
      else if (char === '#' && stack.length === 0) break;
      else if (char === '[' || char === '{') stack.push({ line: firstLine + i, bracket: char });
      else if (char === ']' || char === '}') {
        const top = stack.pop();
        // `{ rooms: [a, b }`: the `}` closes nothing of its own, the `[` is the one left open.
        if (top && top.bracket !== (char === ']' ? '[' : '{')) return top;
      }
    }
  }
  return stack[0];
}

/** What to write to close a bracket that was left open. */
export function describeUnclosedBracket(bracket: '[' | '{'): string {
  return bracket === '[' ? '这一行的“[”没有配对的“]”：写在一行里的列表要以“]”结尾，如 rooms: [一站式服务大厅, 日间照料中心]' : '这一行的“{”没有配对的“}”：写在一行里的一组字段要以“}”结尾，如 { year: 2019, pct: 82.5 }';
}
