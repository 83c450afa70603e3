import { DEMONSTRATION_LEVELS, SLUG_PATTERN, SLUG_RULE, STANDARD_STATUSES } from '../schema.ts';
import type { DemonstrationLevel, StandardStatus } from '../schema.ts';
import type { CellKind } from './columns.ts';
import type { SheetValue } from './sheet.ts';

/** A cell read by its column's kind: a value, nothing (empty cell), or what is wrong with it. */
export type CellResult = { value?: unknown } | { error: string };

// The contract's rule for numbers: plain digits only. `约3000`, `3,200`, `88%` and full-width
// digits are refused, never guessed at.
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

const DEMONSTRATION_NAMES: Record<string, DemonstrationLevel> = {
  无: 'none', 否: 'none', 非示范: 'none', 非示范社区: 'none',
  区级: 'district', 区级示范: 'district', 区级示范社区: 'district',
  市级: 'city', 市级示范: 'city', 市级示范社区: 'city',
  省级: 'province', 省级示范: 'province', 省级示范社区: 'province',
  全国: 'national', 国家级: 'national', 全国示范: 'national', 全国示范社区: 'national',
};

const STATUS_NAMES: Record<string, StandardStatus> = { 达标: 'met', 部分达标: 'partial', 基本达标: 'partial', 未达标: 'unmet', 不达标: 'unmet' };

/** Separators editors use between items of a list in one cell. */
const LIST_SEPARATOR = /[、,，;；\n]/;

/** Reads one cell for its column. An empty cell has no value: it changes nothing. */
export function readCell(cell: SheetValue, kind: CellKind): CellResult {
  if (cell === null || (typeof cell === 'string' && cell.trim() === '')) return {};
  const text = typeof cell === 'string' ? cell.trim() : String(cell);
  const shown = `“${text}”`;
  switch (kind) {
    case 'text':
      return { value: text };
    case 'slug':
      return SLUG_PATTERN.test(text) ? { value: text } : { error: `${shown}不符合规则：${SLUG_RULE}` };
    case 'list':
      return { value: text.split(LIST_SEPARATOR).map((s) => s.trim()).filter((s) => s !== '') };
    case 'demonstration': {
      const level = (DEMONSTRATION_LEVELS as readonly string[]).includes(text) ? text : DEMONSTRATION_NAMES[text];
      return level ? { value: level } : { error: `${shown}不是示范等级（应为 无、区级、市级、省级、全国 之一）` };
    }
    case 'status': {
      const status = (STANDARD_STATUSES as readonly string[]).includes(text) ? text : STATUS_NAMES[text];
      return status ? { value: status } : { error: `${shown}不是达标情况（应为 达标、部分达标、未达标 之一）` };
    }
    default:
      return readNumber(cell, text, kind);
  }
}

function readNumber(cell: SheetValue, text: string, kind: CellKind): CellResult {
  const number = typeof cell === 'number' ? cell : PLAIN_NUMBER.test(text) ? Number(text) : undefined;
  const whole = kind === 'count' || kind === 'year';
  if (number === undefined || !Number.isFinite(number)) return { error: `“${text}”不是${whole ? '整数' : '数字'}` };
  if (whole && !Number.isInteger(number)) return { error: `${text} 不是整数` };
  if (kind === 'year' && (number < 1900 || number > 2100)) return { error: `${text} 不是四位数年份（1900–2100）` };
  if (kind === 'positive' && number <= 0) return { error: `${text} 应大于 0` };
  if (kind === 'percent' && (number < 0 || number > 100)) return { error: `${text} 应在 0–100 之间（百分数只写数字，如 88.5）` };
  if (number < 0) return { error: `${text} 不能小于 0` };
  return { value: number };
}
