/** A cell the reader could not take as a value: the editor is told why (a formula without a result). */
export interface CellProblem {
  problem: string;
}

/** A cell as a spreadsheet holds it: text, a number, nothing, or a problem found by the reader. */
export type SheetValue = string | number | null | CellProblem;

/** One row of a sheet below its first non-empty row. */
export interface SheetRow {
  /** The row number the editor sees: the spreadsheet row, or the CSV line where the record starts. */
  line: number;
  /** Cells in header order; a short row is padded with nulls. */
  cells: SheetValue[];
  /** Set when the row cannot be read as a whole (more cells than headers). */
  problem?: string;
  /** A CSV record's own number of cells: more than its header's is an unquoted comma. */
  width?: number;
  /** How messages name each cell when not by the sheet's header (a wide sheet's year columns). */
  labels?: readonly string[];
}

/** One table: a CSV file or one worksheet of a workbook. */
export interface Sheet {
  /** How messages name it: the file name, with the worksheet in brackets when there are several. */
  label: string;
  /** The worksheet's own name (an XLSX tab), which may say what a wide sheet holds. */
  name?: string;
  headers: string[];
  /** The rows below the header row, blank ones included, so that each can be accounted for. */
  rows: SheetRow[];
  /** A CSV header record's own number of cells, to find rows with more. */
  width?: number;
  /** Rows above the header row (titles such as “各社区办公经费（万元）”), as text. */
  titles?: string[];
}

/** What reading a file gave: its sheets, and notes for the editor (such as the encoding used). */
export interface SheetFile {
  sheets: Sheet[];
  notes: string[];
}

/** Tells whether a row has no value in any cell, so it can be skipped like a blank line. */
export function isBlankRow(cells: readonly SheetValue[]): boolean {
  return cells.every((c) => c === null || (typeof c === 'string' && c.trim() === ''));
}

/** Tells whether a cell is a problem the reader found rather than a value. */
export function isCellProblem(cell: SheetValue): cell is CellProblem {
  return cell !== null && typeof cell === 'object';
}

/** A cell as text, for headers and titles (a problem cell reads as empty). */
export function getCellText(cell: SheetValue): string {
  return cell === null || isCellProblem(cell) ? '' : String(cell).trim();
}
