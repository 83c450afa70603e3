import { neutralizeFormula } from '../../lib/formula-cells.ts';
import type { Site } from '../../lib/schema.ts';
import { formatYamlValue } from '../../lib/yaml-writer.ts';
import { readCell } from './cells.ts';
import type { ColumnSpec } from './columns.ts';
import { getColumns } from './columns.ts';
import { readYamlData } from './edit.ts';
import { cutFrontmatter } from './markdown-file.ts';
import type { CommunityFile } from './store.ts';

/** One worksheet of the exported ledger (台账): headers as import reads them, then rows. */
export interface LedgerSheet {
  name: string;
  headers: string[];
  rows: (string | number | null)[][];
}

const DEMONSTRATION_NAMES: Record<string, string> = { none: '无', district: '区级', city: '市级', province: '省级', national: '全国' };
const STATUS_NAMES: Record<string, string> = { met: '达标', partial: '部分达标', unmet: '未达标' };
const FIELD_SHEETS = { profile: '台账', yearly: '年度' } as const;

/**
 * The district's communities as an office keeps them: a profile sheet (one row per community)
 * and a yearly sheet (one row per community and year: funding and surveys), with the Chinese
 * headers import reads, units in brackets. What import would read back differently — a list
 * item holding a separator, text a spreadsheet would run as a formula (written with a leading
 * `'`, as OWASP advises) — is listed in `warnings`.
 */
export function buildLedger(files: readonly CommunityFile[], site?: Site): { sheets: LedgerSheet[]; warnings: string[] } {
  const columns = getColumns(site);
  const key = columns.filter((c) => c.sheet === 'key');
  const profile = [...key, ...columns.filter((c) => c.sheet === 'profile')];
  const yearly = [...key, ...columns.filter((c) => c.sheet === 'yearly')];
  const warnings: string[] = [];
  const sheets: LedgerSheet[] = [
    { name: FIELD_SHEETS.profile, headers: profile.map(formatHeader), rows: [] },
    { name: FIELD_SHEETS.yearly, headers: yearly.map(formatHeader), rows: [] },
  ];
  for (const file of [...files].sort((a, b) => a.slug.localeCompare(b.slug))) {
    const parts = cutFrontmatter(file.text ?? '');
    const data = parts && readYamlData(parts.frontmatter);
    if (!isRecord(data)) {
      warnings.push(`${file.file}：${file.problem ?? 'frontmatter 无法读取'}，没有导出（请先运行 npm run validate 并改正）`);
      continue;
    }
    const record = { ...data, slug: file.slug };
    const cell = (column: ColumnSpec, value: unknown) => formatCell(column, value, `${file.file}：${column.headers[0]}`, warnings);
    sheets[0].rows.push(profile.map((c) => cell(c, getAt(record, c.field.split('.')))));
    for (const year of listYears(data)) {
      const row = { ...record, year, funding: findYear(data.funding, year), satisfaction: findYear(data.satisfaction, year) };
      sheets[1].rows.push(yearly.map((c) => cell(c, getAt(row, c.field.split('.')))));
    }
  }
  return { sheets, warnings };
}

/** The usual header, with the unit in brackets where a number's unit is not obvious. */
function formatHeader(column: ColumnSpec): string {
  const unit = column.units?.[0];
  return unit && ['positive', 'amount', 'percent'].includes(column.kind) ? `${column.headers[0]}（${unit}）` : column.headers[0];
}

function formatCell(column: ColumnSpec, value: unknown, where: string, warnings: string[]): string | number | null {
  if (value === undefined || value === null) return null;
  let cell: string | number;
  if (column.kind === 'status') cell = STATUS_NAMES[String(isRecord(value) ? value.status : value)] ?? String(isRecord(value) ? value.status : value);
  else if (column.kind === 'demonstration') cell = DEMONSTRATION_NAMES[String(value)] ?? String(value);
  else if (Array.isArray(value)) cell = value.map(String).join('、');
  else if (typeof value === 'number') cell = value;
  else cell = typeof value === 'string' ? value : formatYamlValue(value);
  if (typeof cell === 'string') cell = neutralizeFormula(cell);
  const back = readCell(cell, column.kind, column.units);
  const expected = column.kind === 'status' && isRecord(value) ? value.status : value;
  if ('error' in back || JSON.stringify(back.value) !== JSON.stringify(expected)) {
    warnings.push(`${where} 的值“${typeof expected === 'string' ? expected : formatYamlValue(expected)}”导入时不能原样读回，导出为“${String(cell)}”：请核对`);
  }
  return cell;
}

function listYears(data: Record<string, unknown>): number[] {
  const years = [data.funding, data.satisfaction].flatMap((list) => (Array.isArray(list) ? list : [])).map((row) => (isRecord(row) ? row.year : undefined));
  return [...new Set(years.filter((y): y is number => typeof y === 'number'))].sort((a, b) => a - b);
}

function findYear(list: unknown, year: number): unknown {
  return Array.isArray(list) ? list.find((row) => isRecord(row) && row.year === year) : undefined;
}

function getAt(data: unknown, path: readonly string[]): unknown {
  return path.reduce<unknown>((node, k) => (isRecord(node) && Object.hasOwn(node, k) ? node[k] : undefined), data);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
