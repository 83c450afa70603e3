import type { ColumnSpec } from './columns.ts';
import { HEADER_JOINER, mapHeaders } from './columns.ts';
import type { Sheet, SheetValue } from './sheet.ts';
import { getCellText, isCellProblem } from './sheet.ts';

// Spreadsheets often start with a title row ("岚溪区社区台账（2023年）") or a blank-ish row
// above the real header: look a few rows down for it.
const ROWS_SEARCHED = 8;
// A header is at most this many rows deep (group, sub-group, name).
const SUB_HEADER_ROWS = 2;

/**
 * The sheet with its real header: the first row (of the first few) that names a community
 * column, 社区名称 or 拼音, together with the sub-header rows under merged group cells
 * (`服务阵地` above `服务用房面积（㎡）` and `功能用房`), combined into one name per column
 * (`服务阵地·服务用房面积（㎡）`). Rows above it are kept as titles. A sheet where no such row is
 * found is left as it is.
 */
export function findHeaderRow(sheet: Sheet, columns: readonly ColumnSpec[]): Sheet {
  const grid = [sheet.headers, ...sheet.rows.slice(0, ROWS_SEARCHED).map((r) => r.cells.map(getCellText))];
  const keyColumns = (headers: readonly string[]) => mapHeaders(headers, columns).columns.flatMap((c, i) => (c?.sheet === 'key' ? [i] : []));
  const top = grid.findIndex((headers) => keyColumns(headers).length > 0);
  if (top === -1) return sheet;
  const keys = keyColumns(grid[top]);
  const block = [grid[top]];
  for (let i = top + 1; i < grid.length && block.length <= SUB_HEADER_ROWS; i++) {
    const row = sheet.rows[i - 1];
    if (!isSubHeaderRow(row.cells, block.at(-1)!, keys)) break;
    block.push(grid[i]);
  }
  // A CSV's header may be a later record than the first (under a title): its width is theirs.
  const widths = block.map((_, i) => (top + i === 0 ? sheet.width : sheet.rows[top + i - 1].width));
  const headerWidth = widths.every((w) => w === undefined) ? undefined : Math.max(...widths.map((w) => w ?? 0));
  const titles = grid
    .slice(0, top)
    .map((cells) => [...new Set(cells.filter((c) => c !== ''))].join(' '))
    .filter((t) => t !== '');
  return {
    ...sheet,
    headers: combineHeaders(block),
    rows: sheet.rows.slice(top + block.length - 1),
    ...(headerWidth === undefined ? {} : { width: headerWidth }),
    titles: [...(sheet.titles ?? []), ...titles],
  };
}

/**
 * A row under the header is more header when it names no community (its key cells are empty,
 * or repeat the header through a merge) and holds only labels: text, or years (`2019`), one
 * at least differing from the cell above. A data row always has a name or a figure.
 */
function isSubHeaderRow(cells: readonly SheetValue[], above: readonly string[], keys: readonly number[]): boolean {
  if (keys.some((k) => getCellText(cells[k]) !== '' && getCellText(cells[k]) !== above[k])) return false;
  let labels = 0;
  const years: number[] = [];
  for (const [i, cell] of cells.entries()) {
    if (cell === null || isCellProblem(cell) || getCellText(cell) === '' || getCellText(cell) === above[i]) continue;
    if (typeof cell === 'number') {
      if (!(Number.isInteger(cell) && cell >= 1900 && cell <= 2100)) return false;
      years.push(cell);
    } else if (/^-?\d+(\.\d+)?$/.test(cell.trim())) {
      return false;
    } else {
      labels++;
    }
  }
  // Years typed as numbers are a header only as a run of distinct years (2019, 2020 …), never
  // one figure that happens to lie between 1900 and 2100 (2000 households).
  return years.length === 0 ? labels > 0 : years.length >= 2 && new Set(years).size === years.length;
}

/**
 * One name per column from the header rows: its distinct labels top to bottom, joined. A group
 * label typed only in the first cell of its group (no merge, or a CSV) is carried right over
 * the sub-headers beside it.
 */
function combineHeaders(block: readonly (readonly string[])[]): string[] {
  const width = Math.max(...block.map((r) => r.length));
  const filled = block.map((row, depth) => {
    const out = Array.from({ length: width }, (_, i) => row[i] ?? '');
    if (depth === block.length - 1) return out;
    for (let i = 1; i < width; i++) {
      const below = block[depth + 1][i] ?? '';
      if (out[i] === '' && below !== '' && out[i - 1] !== '' && (block[depth + 1][i - 1] ?? '') !== '' && block[depth + 1][i - 1] !== out[i - 1]) out[i] = out[i - 1];
    }
    return out;
  });
  return Array.from({ length: width }, (_, i) => {
    const parts: string[] = [];
    for (const row of filled) if (row[i] !== '' && row[i] !== parts.at(-1)) parts.push(row[i]);
    return parts.join(HEADER_JOINER);
  });
}
