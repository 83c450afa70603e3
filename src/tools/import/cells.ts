import { DEMONSTRATION_LEVELS, SLUG_PATTERN, SLUG_RULE, STANDARD_STATUSES } from '../../lib/schema.ts';
import type { DemonstrationLevel, StandardStatus } from '../../lib/schema.ts';
import { isFormulaLike } from '../../lib/formula-cells.ts';
import type { CellKind } from './columns.ts';
import type { SheetValue } from './sheet.ts';
import { isCellProblem } from './sheet.ts';

/**
 * A cell read by its column's kind: a value (with a warning when it looks like a slip), nothing
 * (empty cell), or what is wrong with it.
 */
export type CellResult = { value?: unknown; warning?: string } | { error: string };

/** File names stay well under every file system's limit, and readable in a URL. */
export const SLUG_MAX_LENGTH = 64;

// Names Windows reserves for devices: `con.md` cannot be checked out there.
const RESERVED_NAMES = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/;

/**
 * Units people write after a number. One that is not the column's own is refused by name
 * (`150元` in a 万元 column), never converted.
 */
export const KNOWN_UNITS = [
  '万元',
  '元',
  '千元',
  '百万元',
  '亿元',
  '亿',
  '万',
  '户',
  '人',
  '名',
  '人次',
  '个',
  '家',
  '所',
  '处',
  '间',
  '份',
  '次',
  '岁',
  '平方公里',
  '平方千米',
  'km²',
  'km2',
  '公顷',
  '亩',
  '㎡',
  '平方米',
  '平米',
  'm²',
  'm2',
  '米',
  '公里',
  '%',
  '％',
  '‰',
  '年',
  '年度',
];

const NUMBER_WITH_UNIT = /^(-?\d+(?:\.\d+)?)\s*(\S.*)$/;

// The contract's rule for numbers: plain digits only. `约3000`, `3,200`, `88%` and full-width
// digits are refused, never guessed at.
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

const DEMONSTRATION_NAMES: Record<string, DemonstrationLevel> = {
  无: 'none',
  否: 'none',
  非示范: 'none',
  非示范社区: 'none',
  区级: 'district',
  区级示范: 'district',
  区级示范社区: 'district',
  市级: 'city',
  市级示范: 'city',
  市级示范社区: 'city',
  省级: 'province',
  省级示范: 'province',
  省级示范社区: 'province',
  全国: 'national',
  国家级: 'national',
  全国示范: 'national',
  全国示范社区: 'national',
};

const STATUS_NAMES: Record<string, StandardStatus> = { 达标: 'met', 部分达标: 'partial', 基本达标: 'partial', 未达标: 'unmet', 不达标: 'unmet' };

/** Separators editors use between items of a list in one cell. */
const LIST_SEPARATOR = /[、,，;；\n]/;

/**
 * Reads one cell for its column. An empty cell has no value: it changes nothing. `units` are
 * the column's own (`户`, `万元`, `%`): a number may carry one.
 */
export function readCell(cell: SheetValue, kind: CellKind, units: readonly string[] = []): CellResult {
  if (cell === null || (typeof cell === 'string' && cell.trim() === '')) return {};
  if (isCellProblem(cell)) return { error: cell.problem };
  const text = typeof cell === 'string' ? cell.trim() : String(cell);
  const shown = `“${shorten(text)}”`;
  // A dash or slash is how many offices mark "nothing": here an empty cell says that.
  if (/^[-—–/\\]+$/.test(text)) return { error: `${shown}：没有数据请留空（空格子表示不修改）` };
  // Text that a spreadsheet would run as a formula is never written into content (it would
  // reach the site's downloads and every sheet exported from it): the editor removes it.
  if (typeof cell === 'string' && (isFormulaLike(cell) || isFormulaLike(text))) {
    return { error: `${shown}以“${text[0]}”开头，Excel 和 WPS 会把它当作公式运行，没有导入：请删去开头的符号` };
  }
  switch (kind) {
    case 'text':
      return { value: text };
    case 'slug':
      return readSlug(text, shown);
    case 'list':
      return readList(text);
    case 'demonstration': {
      const level = (DEMONSTRATION_LEVELS as readonly string[]).includes(text) ? text : DEMONSTRATION_NAMES[text];
      return level ? { value: level } : { error: `${shown}不是示范等级（应为 无、区级、市级、省级、全国 之一）` };
    }
    case 'status': {
      const status = (STANDARD_STATUSES as readonly string[]).includes(text) ? text : STATUS_NAMES[text];
      return status ? { value: status } : { error: `${shown}不是达标情况（应为 达标、部分达标、未达标 之一）` };
    }
    default:
      return readNumber(cell, text, kind, units);
  }
}

function readSlug(text: string, shown: string): CellResult {
  if (text.length > SLUG_MAX_LENGTH) return { error: `${shown}有 ${text.length} 个字符，太长：文件名最多 ${SLUG_MAX_LENGTH} 个字符` };
  if (!SLUG_PATTERN.test(text)) return { error: `${shown}不符合规则：${SLUG_RULE}` };
  if (RESERVED_NAMES.test(text)) return { error: `${shown}是 Windows 保留的设备名，不能作文件名：请换一个（如 ${text}-shequ）` };
  return { value: text };
}

function readList(text: string): CellResult {
  const items = text
    .split(LIST_SEPARATOR)
    .map((s) => s.trim())
    .filter((s) => s !== '');
  const formula = items.find((item) => isFormulaLike(item));
  if (formula) return { error: `其中的“${shorten(formula)}”以“${formula[0]}”开头，Excel 和 WPS 会把它当作公式运行，没有导入：请删去开头的符号` };
  return { value: items };
}

/** A long value is cut in messages, so that one bad cell stays one readable line. */
function shorten(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

function readNumber(cell: SheetValue, text: string, kind: CellKind, units: readonly string[]): CellResult {
  const whole = kind === 'count' || kind === 'year';
  let number = typeof cell === 'number' ? cell : PLAIN_NUMBER.test(text) ? Number(text) : undefined;
  let unit: string | undefined;
  const withUnit = number === undefined ? NUMBER_WITH_UNIT.exec(text) : null;
  if (withUnit) {
    unit = withUnit[2].trim();
    if (units.includes(unit)) number = Number(withUnit[1]);
    else if (KNOWN_UNITS.includes(unit)) {
      const expected = units[0] ? `这一列以${units[0]}计` : '这一列只写数字';
      return { error: `“${text}”的单位是“${unit}”，${expected}：不会自动换算，请${units[0] ? `换算成${units[0]}` : '去掉单位'}后填写` };
    }
  }
  if (number === undefined || !Number.isFinite(number)) return { error: `“${shorten(text)}”不是${whole ? '整数' : '数字'}` };
  if (whole && !Number.isInteger(number)) return { error: `${text} 不是整数` };
  if (kind === 'year' && (number < 1900 || number > 2100)) return { error: `${text} 不是四位数年份（1900–2100）` };
  if (kind === 'positive' && number <= 0) return { error: `${text} 应大于 0` };
  if (kind === 'percent' && (number < 0 || number > 100)) return { error: `${text} 应在 0–100 之间（百分数只写数字，如 88.5）` };
  if (number < 0) return { error: `${text} 不能小于 0` };
  // A share typed as a fraction (0.92 for 92%) without Excel's percent format: say so, keep it.
  if (kind === 'percent' && unit === undefined && number > 0 && number <= 1) {
    return { value: number, warning: `是否把 ${formatPercent(number)}% 写成了 ${text}？这一列是 0–100 的百分数，已按 ${text} 导入；如有误请改为 ${formatPercent(number)}` };
  }
  return { value: number };
}

function formatPercent(fraction: number): string {
  return String(Number((fraction * 100).toPrecision(12)));
}
