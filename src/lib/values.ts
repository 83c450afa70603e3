import { suggestName } from './suggest.ts';
import type { DataContext } from './charts/sources.ts';
import { getPath, getRowSource } from './charts/sources.ts';
import { formatInt, formatNumber, formatPct, formatWan } from './format.ts';
import type { DistrictFigures } from './model.ts';
import { deriveCommunity } from './model.ts';

/** The `district.*` names of inline values. */
export const DISTRICT_VALUES: readonly (keyof DistrictFigures)[] = [
  'communities',
  'households',
  'population',
  'party_members',
  'volunteers',
  'workers',
  'seconded_cadres',
  'facility_area_m2',
  'investment_wan',
  'funding_wan',
  'demonstrations',
  'standards_met_pct',
  'satisfaction_pct',
];

const FORMATS: Record<string, (value: number) => string> = { wan: formatWan, pct: formatPct, int: formatInt };
const AGGREGATES = ['sum', 'avg', 'min', 'max', 'count'] as const;

/**
 * Evaluates the text between `{{` and `}}`: a name, optionally `| format`. Nothing is evaluated
 * as code: the text must match one of a few fixed shapes, each looked up in the data.
 */
export function evaluateInlineValue(expression: string, context: DataContext): { text: string } | { error: string } {
  const [name, format, ...extra] = expression.split('|').map((part) => part.trim());
  if (extra.length > 0) return { error: `内嵌数值“${expression}”只能有一个格式（| wan、| pct 或 | int）` };
  if (format !== undefined && !Object.hasOwn(FORMATS, format)) {
    return { error: `内嵌数值的格式“${format}”未知（可用：wan、pct、int）` };
  }
  const result = lookUp(name, context);
  if ('error' in result) return result;
  if (Number.isNaN(result.value)) return { text: '—' };
  return { text: format === undefined ? formatNumber(result.value) : FORMATS[format](result.value) };
}

function lookUp(name: string, context: DataContext): { value: number } | { error: string } {
  if (name.startsWith('district.')) {
    const key = name.slice('district.'.length);
    if (!(DISTRICT_VALUES as readonly string[]).includes(key)) {
      return { error: `内嵌数值“${name}”未知：是否应为“district.${suggestName(key, DISTRICT_VALUES)}”？` };
    }
    const value = context.district[key as keyof DistrictFigures];
    if (value === null && context.incomplete) return { value: Number.NaN };
    return present(name, value);
  }
  if (name.startsWith('community.')) {
    if (!context.community) return { error: `内嵌数值“${name}”只能用在社区页面的正文中` };
    const row = { ...context.community, ...deriveCommunity(context.community) };
    const path = name.slice('community.'.length);
    const fields = getRowSource('communities', { tables: context.tables, onCommunityPage: false })!;
    if (fields.describe(path) === 'unknown') {
      return { error: `内嵌数值“${name}”未知：社区没有字段“${path}”（是否应为“community.${suggestName(path, fields.fields)}”？）` };
    }
    const value = getPath(row, path);
    if (typeof value === 'object' && value !== null) return { error: `内嵌数值“${name}”不是一个数，而是列表或对象` };
    if (typeof value === 'string') return { error: `内嵌数值“${name}”是文字“${value}”，不是数` };
    return present(name, value);
  }
  const match = /^(\w+)\s+data\/(\S+)\s+(\S+)$/.exec(name);
  if (match) return aggregate(match[1], match[2], match[3], context);
  return { error: `内嵌数值“${name}”无法识别：应为 district.<名称>、community.<字段> 或 sum data/<表名> <列名>` };
}

function aggregate(operation: string, tableName: string, column: string, context: DataContext): { value: number } | { error: string } {
  if (!(AGGREGATES as readonly string[]).includes(operation)) {
    return { error: `内嵌数值的运算“${operation}”未知（可用：${AGGREGATES.join('、')}）` };
  }
  const entry = context.tables.get(tableName);
  if (!entry) return { error: `没有数据表 data/${tableName}（应有文件 data/${tableName}.csv）` };
  // A table with problems has its own messages: only a column it surely lacks is one more.
  if (!entry.valid && (entry.table.columns.length === 0 || entry.table.columns.includes(column))) return { value: Number.NaN };
  if (!entry.table.columns.includes(column)) {
    return { error: `数据表 data/${tableName} 没有“${column}”列（现有列：${entry.table.columns.join('、')}）` };
  }
  const cells = entry.table.rows.map((r) => r[column]).filter((c) => c !== null);
  if (operation === 'count') return { value: cells.length };
  if (!entry.table.numericColumns.includes(column)) return { error: `数据表 data/${tableName} 的“${column}”列不是数字列` };
  const numbers = cells as number[];
  if (numbers.length === 0) return { error: `数据表 data/${tableName} 的“${column}”列没有数值` };
  const total = numbers.reduce((a, b) => a + b, 0);
  const value = { sum: total, avg: total / numbers.length, min: Math.min(...numbers), max: Math.max(...numbers) }[operation as 'sum'];
  return { value: Math.round(value * 1e6) / 1e6 };
}

function present(name: string, value: unknown): { value: number } | { error: string } {
  return typeof value === 'number' ? { value } : { error: `内嵌数值“${name}”没有值（该字段缺失）` };
}
