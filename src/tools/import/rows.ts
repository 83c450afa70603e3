import type { Site } from '../../lib/schema.ts';
import { readCell } from './cells.ts';
import type { HeaderMapping } from './columns.ts';
import type { SheetRow } from './sheet.ts';

/** A row read cell by cell: the community it names, its values by field, what was wrong. */
export interface ParsedRow {
  line: number;
  slug?: string;
  name?: string;
  /** Field path (`facility.area_m2`, `funding.office`) → value, for the non-empty cells. */
  values: Map<string, unknown>;
  /** Each bad cell as `<header>：<what is wrong>`. */
  errors: string[];
  /** Each cell taken as written that may be a slip, as `<header>：<why>`. */
  warnings: string[];
}

/**
 * Reads the cells of one row through its columns. Columns that belong to the other kind of
 * sheet are skipped (the caller has said so once for the sheet).
 */
export function parseRow(row: SheetRow, headers: readonly string[], mapping: HeaderMapping, site?: Site): ParsedRow {
  const parsed: ParsedRow = { line: row.line, values: new Map(), errors: row.problem ? [row.problem] : [], warnings: [] };
  mapping.columns.forEach((column, i) => {
    if (!column || (column.sheet !== 'key' && column.sheet !== mapping.kind)) return;
    const result = readCell(row.cells[i], column.kind, column.units);
    const label = row.labels?.[i] ?? headers[i];
    if ('error' in result) {
      parsed.errors.push(`${label}：${result.error}`);
      return;
    }
    if (result.warning) parsed.warnings.push(`${label}：${result.warning}`);
    if (result.value === undefined) return;
    const types = site?.community_types;
    if (column.field === 'type' && types && !types.includes(result.value as string)) {
      parsed.errors.push(`${label}：“${String(result.value)}”不在 site.yaml 的 community_types 中（应为：${types.join('、')}）`);
      return;
    }
    if (column.field === 'slug') parsed.slug = result.value as string;
    else if (column.field === 'name') parsed.name = result.value as string;
    parsed.values.set(column.field, result.value);
  });
  return parsed;
}
