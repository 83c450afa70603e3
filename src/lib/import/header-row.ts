import type { ColumnSpec } from './columns.ts';
import { mapHeaders } from './columns.ts';
import type { Sheet } from './sheet.ts';

// Spreadsheets often start with a title row ("岚溪区社区台账（2023年）") or a blank-ish row
// above the real header: look a few rows down for it.
const ROWS_SEARCHED = 5;

/**
 * The sheet with its real header row: the first row (of the first few) that names a
 * community column, 社区名称 or 拼音. A sheet where no such row is found is left as it is.
 */
export function findHeaderRow(sheet: Sheet, columns: readonly ColumnSpec[]): Sheet {
  const namesCommunity = (headers: readonly string[]) => mapHeaders(headers, columns).columns.some((c) => c?.sheet === 'key');
  if (namesCommunity(sheet.headers)) return sheet;
  const limit = Math.min(ROWS_SEARCHED, sheet.rows.length);
  for (let i = 0; i < limit; i++) {
    const headers = sheet.rows[i].cells.map((cell) => String(cell ?? '').trim());
    if (namesCommunity(headers)) return { ...sheet, headers, rows: sheet.rows.slice(i + 1) };
  }
  return sheet;
}
