import ExcelJS from 'exceljs';

/** A worksheet for a test: its name and rows (the first is the header row). */
export interface TestSheet {
  name: string;
  rows: ExcelJS.CellValue[][];
  /** Number formats by cell address (`E2: '0.0%'`), as Excel writes percentages. */
  formats?: Record<string, string>;
  /** Merged ranges (`A2:A3`, `C2:D2`), as offices merge title and group header cells. */
  merges?: string[];
}

/** Writes an XLSX workbook the way an editor's spreadsheet would hold the data. */
export async function writeXlsx(file: string, sheets: readonly TestSheet[]): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  for (const sheet of sheets) {
    const worksheet = workbook.addWorksheet(sheet.name);
    for (const row of sheet.rows) worksheet.addRow(row);
    for (const [address, format] of Object.entries(sheet.formats ?? {})) worksheet.getCell(address).numFmt = format;
    for (const range of sheet.merges ?? []) worksheet.mergeCells(range);
  }
  await workbook.xlsx.writeFile(file);
}
