/** A cell as a spreadsheet holds it: text, a number, or nothing. */
export type SheetValue = string | number | null;

/** One data row of a sheet. */
export interface SheetRow {
  /** The row number the editor sees: the spreadsheet row, or the CSV line where the record starts. */
  line: number;
  /** Cells in header order; a short row is padded with nulls. */
  cells: SheetValue[];
  /** Set when the row cannot be read as a whole (more cells than headers). */
  problem?: string;
}

/** One table: a CSV file or one worksheet of a workbook. */
export interface Sheet {
  /** How messages name it: the file name, with the worksheet in brackets when there are several. */
  label: string;
  headers: string[];
  rows: SheetRow[];
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
