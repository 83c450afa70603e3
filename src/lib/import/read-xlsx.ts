import ExcelJS from 'exceljs';
import type { Cell, CellValue } from 'exceljs';
import type { Sheet, SheetFile, SheetValue } from './sheet.ts';
import { isBlankRow } from './sheet.ts';

/**
 * Reads every non-empty worksheet of an XLSX workbook. The first non-empty row of a worksheet
 * is its header row; row numbers are the ones Excel shows.
 */
export async function readXlsx(file: string, label: string): Promise<SheetFile> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.readFile(file);
  } catch (error) {
    throw new Error(`${label}: 无法读取这个 Excel 文件（${(error as Error).message}）：请确认它是 .xlsx 格式，不是 .xls 或已加密的文件`, { cause: error });
  }
  const worksheets = workbook.worksheets.filter((w) => w.actualRowCount > 0);
  const sheets = worksheets.map((worksheet): Sheet => {
    const sheetLabel = worksheets.length > 1 ? `${label}［${worksheet.name}］` : label;
    let headers: string[] | undefined;
    const rows: Sheet['rows'] = [];
    worksheet.eachRow({ includeEmpty: false }, (row, line) => {
      if (!headers) {
        headers = Array.from({ length: worksheet.columnCount }, (_, i) => String(readCell(row.getCell(i + 1)) ?? '').trim());
        return;
      }
      const cells = headers.map((_, i) => readCell(row.getCell(i + 1)));
      if (!isBlankRow(cells)) rows.push({ line, cells });
    });
    return { label: sheetLabel, headers: headers ?? [], rows };
  });
  return { sheets, notes: [] };
}

/**
 * A cell as the editor sees it: a formula by its result, rich text as plain text, a
 * percent-formatted number as the percentage shown (0.885 shown as 88.5% is 88.5).
 */
function readCell(cell: Cell): SheetValue {
  const value = toPlain(cell.value);
  if (typeof value === 'number' && cell.numFmt?.includes('%')) return Math.round(value * 100 * 1e9) / 1e9;
  return value;
}

function toPlain(value: CellValue): SheetValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  // Excel keeps dates as day numbers that exceljs turns into UTC dates.
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('result' in value) return toPlain(value.result as CellValue);
  if ('formula' in value || 'sharedFormula' in value) return null;
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('text' in value) return String(value.text);
  if ('error' in value) return String(value.error);
  return null;
}
