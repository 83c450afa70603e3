// Writes the exported ledger as an XLSX workbook, the form offices keep their 台账 in.
import { rename, rm } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import type { LedgerSheet } from './import/ledger.ts';

/**
 * Writes the sheets to a workbook: a bold, frozen header row and readable column widths. The
 * file is written beside the target and renamed into place, so a failed write leaves no
 * half-written workbook.
 */
export async function writeLedgerXlsx(file: string, sheets: readonly LedgerSheet[]): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'shequ';
  for (const sheet of sheets) {
    const worksheet = workbook.addWorksheet(sheet.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    worksheet.addRow(sheet.headers).font = { bold: true };
    for (const row of sheet.rows) worksheet.addRow(row);
    worksheet.columns.forEach((column, i) => {
      const longest = sheet.rows.reduce((widest, r) => Math.max(widest, [...String(r[i] ?? '')].length * 2), [...sheet.headers[i]].length * 2);
      column.width = Math.min(40, Math.max(8, longest + 2));
    });
  }
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    await workbook.xlsx.writeFile(temporary);
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}
