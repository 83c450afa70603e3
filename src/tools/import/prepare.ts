import type { ColumnSpec, HeaderMapping } from './columns.ts';
import { mapHeaders } from './columns.ts';
import { findHeaderRow } from './header-row.ts';
import type { Sheet, SheetRow } from './sheet.ts';
import { isBlankRow } from './sheet.ts';
import { describeSkippedRow, findSkippedRows } from './skipped-rows.ts';
import { findYearColumns, readWideSheet } from './wide-sheet.ts';

/** A sheet ready to import: its real header, its data rows, how its headers map. */
export interface PreparedSheet {
  sheet: Sheet;
  mapping: HeaderMapping;
  /** Why none of its rows can be imported, said once for the whole sheet. */
  error?: string;
}

/**
 * Reads a sheet as offices keep it: finds the header under any title and its sub-header rows,
 * sets aside blank, totals and footer rows (one notice each, in `skipped`), and turns a wide
 * sheet (year columns) into a yearly one. Returns undefined for a sheet with nothing to import.
 */
export function prepareSheet(raw: Sheet, columns: readonly ColumnSpec[], notes: string[], skipped: string[]): PreparedSheet | undefined {
  let sheet = findHeaderRow(raw, columns);
  const years = findYearColumns(sheet.headers);
  if (years.length === 0 && !mapHeaders(sheet.headers, columns).columns.some((c) => c !== undefined)) {
    // An instructions sheet or a chart in the workbook: nothing to import, nothing to reject.
    notes.push(`${sheet.label}: 没有可导入的列，已跳过（表头：${sheet.headers.filter((h) => h !== '').join('、') || '空'}）`);
    return undefined;
  }
  const skip = findSkippedRows(sheet.rows);
  for (const [index, reason] of [...skip].sort((a, b) => a[0] - b[0])) skipped.push(describeSkippedRow(sheet.label, sheet.rows[index], reason));
  sheet = { ...sheet, rows: sheet.rows.filter((row, index) => !skip.has(index) && !isBlankRow(row.cells)).map((row) => markOverlongRow(row, sheet.width)) };
  let error: string | undefined;
  const named = mapHeaders(sheet.headers, columns).columns;
  // One stray year column beside a profile's columns is just an unknown column; a run of years,
  // or years beside nothing but the community's name, is a wide sheet.
  const wide = years.length >= 2 || !named.some((c) => c !== undefined && c.sheet !== 'key');
  if (years.length > 0 && wide && !named.some((c) => c?.field === 'year')) {
    const measures = columns.filter((c) => c.sheet === 'yearly' && c.field !== 'year');
    const widened = readWideSheet(sheet, years, measures);
    if ('error' in widened) error = widened.error;
    else sheet = widened;
  }
  return { sheet, mapping: mapHeaders(sheet.headers, columns), error };
}

/** A CSV row with cells beyond its header: a comma inside a cell that was not quoted. */
function markOverlongRow(row: SheetRow, width: number | undefined): SheetRow {
  if (width === undefined || row.width === undefined || row.width <= width || isBlankRow(row.cells.slice(width))) return row;
  return { ...row, problem: `这一行有 ${row.width} 个单元格，比表头多（表头 ${width} 列）：单元格里的逗号要用引号括起来` };
}
