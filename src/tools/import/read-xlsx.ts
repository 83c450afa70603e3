import ExcelJS from 'exceljs';
import type { Cell, CellValue, Worksheet } from 'exceljs';
import type { Sheet, SheetFile, SheetRow, SheetValue } from './sheet.ts';
import { getCellText } from './sheet.ts';

/**
 * Reads every non-empty worksheet of an XLSX workbook. The first non-empty row of a worksheet
 * is its header row (a title above the real header is found later); row numbers are the ones
 * Excel shows. A merged cell reads as its value in every cell it covers, so a two-row header
 * with group cells and a street merged down over its communities both read as they look.
 */
export async function readXlsx(file: string, label: string): Promise<SheetFile> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.readFile(file);
  } catch (error) {
    throw new Error(`${label}: 无法读取这个 Excel 文件（${(error as Error).message}）：请确认它是 .xlsx 格式，不是 .xls 或已加密的文件`, { cause: error });
  }
  const worksheets = workbook.worksheets.filter((w) => w.actualRowCount > 0);
  const sheets = worksheets.map((worksheet) => readWorksheet(worksheet, worksheets.length > 1 ? `${label}［${worksheet.name}］` : label));
  return { sheets, notes: [] };
}

function readWorksheet(worksheet: Worksheet, label: string): Sheet {
  const width = worksheet.columnCount;
  const read = (row: ExcelJS.Row) => Array.from({ length: width }, (_, i) => readCell(row.getCell(i + 1), worksheet.name));
  let headers: string[] | undefined;
  let last = 0;
  const rows: SheetRow[] = [];
  worksheet.eachRow({ includeEmpty: false }, (row, line) => {
    const cells = read(row);
    if (!headers) {
      headers = cells.map(getCellText);
    } else {
      // Rows Excel does not store at all are blank rows too: each is accounted for.
      for (let gap = last + 1; gap < line; gap++) rows.push({ line: gap, cells: cells.map(() => null) });
      rows.push({ line, cells });
    }
    last = line;
  });
  return { label, name: worksheet.name, headers: headers ?? [], rows };
}

/**
 * A cell as the editor sees it: a formula by its saved result, rich text as plain text, a
 * percent-formatted number as the percentage shown (0.885 shown as 88.5% is 88.5). A formula
 * whose result the file does not hold, or an error value, is a problem named by its cell.
 */
function readCell(cell: Cell, sheetName: string): SheetValue {
  const where = `${sheetName}!${cell.address}`;
  const value = cell.value;
  if (value !== null && typeof value === 'object' && ('formula' in value || 'sharedFormula' in value)) {
    const formula = 'formula' in value ? value.formula : value.sharedFormula;
    const result = (value as { result?: CellValue }).result;
    if (result === undefined || result === null) {
      return { problem: `单元格 ${where} 是公式（=${formula}），文件里没有保存计算结果：请用 Excel 或 WPS 打开、保存一次，或把公式换成数值` };
    }
    return readValue(result, cell.numFmt, where);
  }
  return readValue(value, cell.numFmt, where);
}

function readValue(value: CellValue, numFmt: string | undefined, where: string): SheetValue {
  if (typeof value === 'number' && numFmt?.includes('%')) return shiftDecimal(value, 2);
  if (value !== null && typeof value === 'object' && 'error' in value) return { problem: `单元格 ${where} 是错误值 ${String(value.error)}：请在 Excel 中改正` };
  return toPlain(value);
}

/**
 * Multiplies by a power of ten on the decimal digits, so 0.915 becomes exactly 91.5 (binary
 * arithmetic would give 91.50000000000001).
 */
export function shiftDecimal(value: number, places: number): number {
  const text = String(value);
  if (/e/i.test(text)) return Number((value * 10 ** places).toPrecision(15));
  const negative = text.startsWith('-');
  const [whole, fraction = ''] = (negative ? text.slice(1) : text).split('.');
  const digits = whole + fraction.padEnd(places, '0');
  const point = whole.length + places;
  return Number(`${negative ? '-' : ''}${digits.slice(0, point)}.${digits.slice(point) || '0'}`);
}

function toPlain(value: CellValue): SheetValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  // Excel keeps dates as day numbers that exceljs turns into UTC dates.
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('text' in value) return String(value.text);
  return null;
}
