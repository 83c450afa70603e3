import { parse } from 'csv-parse/sync';
import type { SheetFile, SheetRow } from './sheet.ts';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Decodes a CSV file. Excel on Chinese Windows saves "CSV" as GB18030 (GBK), so bytes that are
 * not UTF-8 are read as GB18030 and the editor is told so; a UTF-8 BOM is dropped.
 */
export function decodeCsv(bytes: Uint8Array, label: string): { text: string; note?: string } {
  try {
    return { text: utf8.decode(bytes) };
  } catch {
    const text = new TextDecoder('gb18030').decode(bytes);
    return { text, note: `${label} 不是 UTF-8 编码，已按 GB18030（GBK，Excel 在中文 Windows 上的“CSV”格式）读取` };
  }
}

interface CsvRecord {
  record: string[];
  raw: string;
  info: { lines: number };
}

/** Reads a CSV file into one sheet: the first record is the header row (a title above it is found later). */
export function readCsv(bytes: Uint8Array, label: string): SheetFile {
  const { text, note } = decodeCsv(bytes, label);
  let records: CsvRecord[];
  try {
    // Line endings are made LF first, so that line counts match the editor's view for CRLF files too.
    records = parse(text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n'), { info: true, raw: true, relax_column_count: true }) as unknown as CsvRecord[];
  } catch (error) {
    const { lines, message } = error as { lines?: number; message: string };
    throw new Error(`${label}: 第 ${lines ?? 1} 行，CSV 格式错误：${message}`, { cause: error });
  }
  // A record's info counts lines up to its end; a quoted cell may span several lines.
  const startLine = (r: CsvRecord) => r.info.lines - (r.raw.replace(/\n$/, '').match(/\n/g)?.length ?? 0);
  const [header, ...body] = records;
  // The first record may be a title of one cell above the real header: every row is read as
  // wide as the widest, and a row with more cells than its header is found once the header is.
  const width = records.reduce((widest, r) => Math.max(widest, r.record.length), 0);
  const headers = Array.from({ length: width }, (_, i) => header?.record[i]?.trim() ?? '');
  // Blank lines stay in: the import accounts for each row it skips.
  const rows: SheetRow[] = body.map((r) => ({
    line: startLine(r),
    cells: headers.map((_, i) => r.record[i] ?? null),
    width: r.record.length,
  }));
  // The file's own name (`办公经费.csv`) may say what a wide sheet holds, as a worksheet's name does.
  return { sheets: [{ label, name: label.replace(/\.[^.]*$/, ''), headers, rows, width: header?.record.length }], notes: note ? [note] : [] };
}
