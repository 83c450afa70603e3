import type { ColumnSpec } from './columns.ts';
import { HEADER_JOINER, normalizeHeader } from './columns.ts';
import type { Sheet, SheetRow, SheetValue } from './sheet.ts';
import { isBlankRow } from './sheet.ts';

// `2019`, `2019年`, `2019年度`: a column for one year of a wide sheet.
const YEAR_HEADER = /^((?:19|20)\d{2})(年度?)?$/;

/** The headers of year columns (`2019年 … 2023年`), if the sheet has any. */
export function findYearColumns(headers: readonly string[]): number[] {
  return headers.flatMap((h, i) => (YEAR_HEADER.test(normalizeHeader(h.split(HEADER_JOINER).at(-1) ?? '')) ? [i] : []));
}

/**
 * Turns a wide sheet (one row per community, one column per year, one measure) into a yearly
 * sheet: one row per community and year, with 年度 and the measure's column. The measure is
 * named by the group cell above the years, else by a title row, else by the worksheet's name
 * (`办公经费`, `居民满意度（%）`). Returns what is missing when no measure is named.
 */
export function readWideSheet(sheet: Sheet, yearColumns: readonly number[], measures: readonly ColumnSpec[]): Sheet | { error: string } {
  const named = yearColumns.map((i) => {
    const parts = sheet.headers[i].split(HEADER_JOINER);
    const sources = [parts.slice(0, -1).join(''), ...(sheet.titles ?? []), sheet.name ?? ''];
    for (const source of sources) {
      const measure = findMeasure(source, measures);
      if (measure) return { index: i, year: Number(YEAR_HEADER.exec(normalizeHeader(parts.at(-1)!))![1]), yearHeader: parts.at(-1)!, measure, unit: findUnit(source) };
    }
    return undefined;
  });
  if (named.some((n) => n === undefined)) {
    const years = yearColumns.map((i) => sheet.headers[i].split(HEADER_JOINER).at(-1));
    return {
      error:
        `有年份列（${years.slice(0, 3).join('、')}${years.length > 3 ? '…' : ''}），但看不出是哪一项数据，没有导入。请任选其一：` +
        `把工作表改名为这一项的名称（如“办公经费”“满意度”）；或在表头上方加一行标题写明（如“各社区办公经费（万元）”）；` +
        `或改成年度表：每个社区每年一行，列为“社区名称、年度、办公经费……”`,
    };
  }
  const columns = named as NonNullable<(typeof named)[number]>[];
  const measureList = [...new Map(columns.map((c) => [c.measure.field, c])).values()];
  const kept = sheet.headers.flatMap((_, i) => (yearColumns.includes(i) ? [] : [i]));
  const headers = [...kept.map((i) => sheet.headers[i]), '年度', ...measureList.map((c) => `${c.measure.headers[0]}${c.unit ? `（${c.unit}）` : ''}`)];
  const years = [...new Set(columns.map((c) => c.year))];
  const rows: SheetRow[] = sheet.rows.flatMap((row) =>
    years.flatMap((year): SheetRow[] => {
      const cells: SheetValue[] = measureList.map((m) => row.cells[columns.find((c) => c.year === year && c.measure.field === m.measure.field)?.index ?? -1] ?? null);
      if (isBlankRow(cells)) return [];
      const labels = measureList.map((m) => {
        const column = columns.find((c) => c.year === year && c.measure.field === m.measure.field);
        return `${column?.yearHeader ?? year}（${m.measure.headers[0]}）`;
      });
      return [{ line: row.line, cells: [...kept.map((i) => row.cells[i]), year, ...cells], labels: [...kept.map((i) => sheet.headers[i]), '年度', ...labels], problem: row.problem }];
    }),
  );
  return { ...sheet, headers, rows };
}

/**
 * The measure a text names: the known header that ends last in it, the longest of those
 * (`各社区居民满意度（%）` → 居民满意度; `满意度调查样本数` → 样本数).
 */
function findMeasure(text: string, measures: readonly ColumnSpec[]): ColumnSpec | undefined {
  const flat = text.replace(/\s+/g, '').toLowerCase();
  let best: { column: ColumnSpec; end: number; length: number } | undefined;
  for (const column of measures) {
    // Two-character names (其他) are too common in titles to name a measure.
    for (const name of column.headers.filter((h) => h.length >= 3)) {
      const at = flat.lastIndexOf(name);
      if (at === -1) continue;
      const end = at + name.length;
      if (!best || end > best.end || (end === best.end && name.length > best.length)) best = { column, end, length: name.length };
    }
  }
  return best?.column;
}

/** A unit in brackets in the text that named the measure (`办公经费（万元）`). */
function findUnit(text: string): string | undefined {
  return /[（(]\s*(万元|元|千元|亿元|%|％|人|份|个)\s*[)）]/.exec(text)?.[1];
}
