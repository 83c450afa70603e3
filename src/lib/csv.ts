import { stringify } from 'csv-stringify/sync';
import { neutralizeFormula } from './formula-cells.ts';

/** One cell of a published CSV: text, a number, or empty. */
export type CsvCell = string | number | null | undefined;

/**
 * Writes a CSV download the way every one the site publishes is written: UTF-8 with a BOM so
 * Excel and WPS open Chinese, empty cells for missing values, and every text cell (headers too)
 * through the formula rule, so a name like `=HYPERLINK(…)` is shown, never run. Numbers stay numbers.
 */
export function formatPublishedCsv(rows: readonly (readonly CsvCell[])[]): string {
  const cells = rows.map((row) => row.map((cell) => (typeof cell === 'string' ? neutralizeFormula(cell) : (cell ?? ''))));
  return `\uFEFF${stringify(cells)}`;
}
