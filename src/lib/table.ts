import { parse } from 'csv-parse/sync';
import { describeStrangeCharacter, findStrangeCharacter } from './characters.ts';
import type { Problem } from './problems.ts';
import { createError, createWarning } from './problems.ts';

/** A cell after parsing: a number in a numeric column, text otherwise, null when empty. */
export type Cell = string | number | null;

/** A CSV table from `content/data/<name>.csv`. */
export interface Table {
  /** Column names, from the header row. */
  columns: string[];
  /** Columns where more than half of the non-empty cells are plain numbers. */
  numericColumns: string[];
  /** One object per record, keyed by column name. */
  rows: Record<string, Cell>[];
}

const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

/**
 * Parses a CSV table (decoded, LF line endings). Every ragged row, duplicate or empty header and
 * bad cell in a numeric column is a problem at the physical line where its record starts. The
 * table comes back whenever it has a header, bad cells left empty: charts and inline values that
 * use it are then checked against its real columns instead of reporting it missing.
 */
export function parseTable(text: string, file: string): { table?: Table; problems: Problem[] } {
  let records: { record: string[]; raw: string; info: { lines: number } }[];
  try {
    // With `info` and `raw`, csv-parse returns records with their text and line counts.
    records = parse(text, { info: true, raw: true, relax_column_count: true, skip_empty_lines: true }) as unknown as typeof records;
  } catch (error) {
    const { lines, message } = error as { lines?: number; message: string };
    return { problems: [createError(file, { line: lines ?? 1 }, '', `CSV 格式错误：${message}`)] };
  }
  // csv-parse counts lines up to a record's end; a quoted cell may span several lines.
  const startLine = (r: (typeof records)[number]) => r.info.lines - (r.raw.replace(/\n$/, '').match(/\n/g)?.length ?? 0);
  const [header, ...body] = records;
  if (!header) return { problems: [createError(file, { line: 1 }, '', 'CSV 文件为空：第一行应为表头')] };
  const problems: Problem[] = [];
  const columns = header.record.map((c) => c.trim());
  columns.forEach((name, i) => {
    if (name === '') problems.push(createError(file, { line: startLine(header) }, '', `表头第 ${i + 1} 列为空：每列都需要列名`));
    else if (columns.indexOf(name) !== i) problems.push(createError(file, { line: startLine(header) }, name, `表头列名“${name}”重复`));
  });
  for (const r of records) {
    for (const [i, cell] of r.record.entries()) {
      const found = findStrangeCharacter(cell, r === header);
      if (found) problems.push((found.severity === 'error' ? createError : createWarning)(file, { line: startLine(r) }, columns[i] ?? '', describeStrangeCharacter(r === header ? `表头第 ${i + 1} 列：` : `“${columns[i] ?? i + 1}”列：`, found)));
    }
  }
  for (const r of body) {
    if (r.record.length !== columns.length) {
      problems.push(createError(file, { line: startLine(r) }, '', `这一行有 ${r.record.length} 个单元格，表头有 ${columns.length} 列`));
    }
  }
  const numericColumns = columns.filter((_, i) => {
    const cells = body.map((r) => r.record[i]?.trim() ?? '').filter((c) => c !== '');
    return cells.filter((c) => PLAIN_NUMBER.test(c)).length * 2 > cells.length;
  });
  const rows = body.map((r) =>
    Object.fromEntries(
      columns.map((name, i) => {
        const cell = r.record[i]?.trim() ?? '';
        if (cell === '') return [name, null];
        if (!numericColumns.includes(name)) return [name, cell];
        if (!PLAIN_NUMBER.test(cell)) {
          problems.push(createError(file, { line: startLine(r) }, name, describeBadCell(name, cell)));
          return [name, null];
        }
        return [name, Number(cell)];
      }),
    ),
  );
  return { table: { columns, numericColumns, rows }, problems };
}

const FULL_WIDTH_DIGITS = /[０-９．]/g;

function describeBadCell(name: string, cell: string): string {
  const halfWidth = cell.replace(FULL_WIDTH_DIGITS, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  if (halfWidth !== cell && PLAIN_NUMBER.test(halfWidth)) {
    return `“${name}”列是数字列，单元格“${cell}”是全角数字：请改成半角的 ${halfWidth}（切换到英文输入法再输入）`;
  }
  return `“${name}”列是数字列，单元格“${cell}”不是数字（只写阿拉伯数字，不加逗号、单位或百分号；缺失请留空）`;
}
