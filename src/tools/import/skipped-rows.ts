import type { SheetRow } from './sheet.ts';
import { getCellText, isBlankRow } from './sheet.ts';

/** Why a row of a sheet is not a community: blank, a totals row, or the sheet's footer. */
export type SkipReason = 'blank' | 'total' | 'footer';

// 合计 / 总计 / 小计 / 平均 rows sum or average the communities above: the site computes its
// own totals, and such a row is no community.
// Also per street (`东城街道小计`) and with a count (`合计（22个社区）`).
const TOTAL = /^.{0,8}(合计|总计|小计|共计|平均|平均值|均值|汇总|总和)$/;
// What offices write under a table: signatures, dates, notes.
// A label alone in its cell (`审核人` | `李四`) or followed by a colon (`审核人：李四`).
const FOOTER =
  /^(审核人|审核|审批人|审批|复核人|复核|填表人|填表|填报人|制表人|制表|统计人|经办人|负责人|单位负责人|分管领导|主管领导|填报日期|填表日期|制表日期|报送日期|日期|联系电话|联系人|电话|填报单位|制表单位|单位|说明|填表说明|备注|注|附注)([（(](签字|签名|盖章)[)）])?([:：].*)?$/;
const SIGNATURE = /(签字|签名|盖章)/;
// A date alone under the table (`2023年12月31日`) is when the sheet was signed.
const DATE_ONLY = /^\d{4}\s*[年.\-/]\s*\d{1,2}\s*[月.\-/]\s*\d{1,2}\s*日?$/;

/**
 * Finds the rows to skip and why. A row is a totals row when its first cell says so
 * (`合计`, `合 计`, `全区合计`), a footer row when its first cell starts like a signature line
 * (`审核人：`, `填报日期：`, `说明：`) or asks for a signature — and every later row without a
 * figure is footer too (the numbered lines of a 说明). Blank rows are counted only between
 * rows of data: the empty rows Excel keeps below a table are nothing to report.
 */
export function findSkippedRows(rows: readonly SheetRow[]): Map<number, SkipReason> {
  const skipped = new Map<number, SkipReason>();
  let inFooter = false;
  let lastFilled = -1;
  rows.forEach((row, index) => {
    if (isBlankRow(row.cells)) return;
    lastFilled = index;
    const first = row.cells.map(getCellText).find((text) => text !== '') ?? '';
    const hasFigure = row.cells.some((c) => typeof c === 'number' || (typeof c === 'string' && /^-?\d+(\.\d+)?$/.test(c.trim())));
    const label = first
      .replace(/\s+/g, '')
      .replace(/[（(][^（）()]*[)）]$/, '')
      .replace(/[:：]$/, '');
    if (TOTAL.test(label)) skipped.set(index, 'total');
    else if (FOOTER.test(first.replace(/\s+/g, '')) || (inFooter && !hasFigure) || (!hasFigure && (SIGNATURE.test(first) || isDateOnly(row.cells)))) {
      skipped.set(index, 'footer');
      inFooter = true;
    }
  });
  rows.forEach((row, index) => {
    if (index < lastFilled && isBlankRow(row.cells)) skipped.set(index, 'blank');
  });
  return skipped;
}

function isDateOnly(cells: SheetRow['cells']): boolean {
  const filled = cells.map(getCellText).filter((text) => text !== '');
  return filled.length > 0 && filled.every((text) => DATE_ONLY.test(text));
}

/** The notice for a skipped row: `台账.xlsx: 第 9 行是合计行，已跳过`. */
export function describeSkippedRow(label: string, row: SheetRow, reason: SkipReason): string {
  const where = `${label}: 第 ${row.line} 行`;
  if (reason === 'blank') return `${where}是空行，已跳过`;
  const text = row.cells.map(getCellText).filter((t) => t !== '');
  const shown = [...new Set(text)].join(' ');
  const quoted = `“${shown.length > 30 ? `${shown.slice(0, 30)}…` : shown}”`;
  return reason === 'total' ? `${where}是合计行（${quoted}），已跳过：合计由网站自己计算` : `${where}是表尾（${quoted}），已跳过`;
}
