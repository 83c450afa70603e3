// Spreadsheet formula injection: Excel and WPS run a cell that starts with =, +, -, @ (or with a
// tab or carriage return before one) as a formula when a CSV is opened. Every cell the site
// publishes or the tools write goes through here, the way OWASP recommends for CSV injection.

// A plain number (also signed or with an exponent) is data, never neutralised: -3.5 stays a number.
const PLAIN_NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const FORMULA_START = /^[=+\-@\t\r]/;

/** Whether a spreadsheet program would treat this text cell as a formula. */
export function isFormulaLike(cell: string): boolean {
  return FORMULA_START.test(cell) && !PLAIN_NUMBER.test(cell);
}

/** The cell as text a spreadsheet shows but never runs: a leading `'` where it could be a formula. */
export function neutralizeFormula(cell: string): string {
  return isFormulaLike(cell) ? `'${cell}` : cell;
}
