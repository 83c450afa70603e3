import type { Site } from '../../lib/schema.ts';
import { formatYamlValue } from '../../lib/yaml-writer.ts';
import { COLUMNS } from './columns.ts';
import type { Edit } from './edit.ts';
import type { ParsedRow } from './rows.ts';

/** What one row would change in one community file. */
export interface RowPlan {
  edits: Edit[];
  /** Each change for the editor (`户数：2000 → 2100`, `运转经费 2022 年：新增`). */
  changes: string[];
}

/** The label of a field in messages: the column's usual Chinese header, or the standard's name. */
export function getFieldLabel(field: string, site?: Site): string {
  if (field.startsWith('standards.')) return site?.standards.find((s) => `standards.${s.id}` === field)?.name ?? field;
  return COLUMNS.find((c) => c.field === field)?.headers[0] ?? field;
}

/**
 * Plans a profile row against a community's current frontmatter: one edit per value that
 * differs. A standard written `{ status, note }` keeps its note; only the status changes.
 */
export function planProfileRow(row: ParsedRow, data: Record<string, unknown>, site?: Site): RowPlan | { error: string } {
  const plan: RowPlan = { edits: [], changes: [] };
  const hasRenovation = (field: string) => row.values.has(field) || getAt(data, field.split('.')) !== undefined;
  if ((row.values.has('renovation.year') || row.values.has('renovation.cost_wan')) && !(hasRenovation('renovation.year') && hasRenovation('renovation.cost_wan'))) {
    return { error: '改造年份和改造投入要一起填写（文件中还没有改造建设项目）' };
  }
  for (const [field, value] of row.values) {
    if (field === 'slug') continue;
    const path = field.split('.');
    let current = getAt(data, path);
    let target: string[] = path;
    if (path[0] === 'standards' && isRecord(current)) {
      current = current.status;
      target = [...path, 'status'];
    }
    if (isSame(current, value)) continue;
    plan.edits.push({ path: target, value });
    plan.changes.push(`${getFieldLabel(field, site)}：${describe(current)} → ${describe(value)}`);
  }
  return plan;
}

/** The rows a yearly sheet fills, and the columns of each. */
const YEARLY_LISTS = [
  { list: 'funding', label: '运转经费', keys: ['office', 'party', 'members', 'special', 'other'] },
  { list: 'satisfaction', label: '满意度', keys: ['pct', 'sample'] },
] as const;

/**
 * Plans a yearly row: the year's funding and survey rows are updated, or added in year order.
 * Sources left empty in the sheet are left as they are (a new funding row counts them as 0).
 */
export function planYearlyRow(row: ParsedRow, data: Record<string, unknown>): RowPlan | { error: string } {
  const year = row.values.get('year');
  if (typeof year !== 'number') return { error: '年度：不能为空' };
  const plan: RowPlan = { edits: [], changes: [] };
  for (const { list, label, keys } of YEARLY_LISTS) {
    const given = Object.fromEntries(keys.flatMap((k) => (row.values.has(`${list}.${k}`) ? [[k, row.values.get(`${list}.${k}`)]] : [])));
    if (Object.keys(given).length === 0) continue;
    const rows = Array.isArray(data[list]) ? (data[list] as unknown[]) : [];
    const index = rows.findIndex((r) => isRecord(r) && r.year === year);
    if (index === -1) {
      if (list === 'satisfaction' && given.pct === undefined) return { error: `满意度：为空，而文件中还没有 ${year} 年的满意度调查（样本数不能单独导入）` };
      const before = rows.findIndex((r) => isRecord(r) && typeof r.year === 'number' && r.year > year);
      plan.edits.push({ path: [list], insert: { year, ...given }, index: before === -1 ? rows.length : before });
      plan.changes.push(`${label} ${year} 年：新增 ${formatYamlValue(given)}`);
      continue;
    }
    const existing = rows[index] as Record<string, unknown>;
    for (const [key, value] of Object.entries(given)) {
      if (isSame(existing[key], value)) continue;
      plan.edits.push({ path: [list, index, key], value });
      const field = getFieldLabel(`${list}.${key}`);
      plan.changes.push(`${label} ${year} 年${field === label ? '' : ` ${field}`}：${describe(existing[key])} → ${describe(value)}`);
    }
  }
  return plan;
}

function getAt(data: unknown, path: readonly string[]): unknown {
  return path.reduce<unknown>((node, key) => (isRecord(node) ? node[key] : undefined), data);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function isSame(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function describe(value: unknown): string {
  return value === undefined || value === null ? '（空）' : formatYamlValue(value);
}
