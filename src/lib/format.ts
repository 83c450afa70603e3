/** Number formats for Chinese readers, all through `Intl.NumberFormat`. */
const formats = {
  number: new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 2 }),
  int: new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 0 }),
  wan: new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 2 }),
  pct: new Intl.NumberFormat('zh-CN', { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
};

/**
 * Rounds half away from zero at the decimal digit shown. Binary floats store 86.35 as
 * 86.3499…, which Intl would round down; editors expect the decimal rule.
 */
function roundDecimal(value: number, digits: number): number {
  const scale = 10 ** digits;
  return (Math.sign(value) * Math.round(Math.abs(value) * scale * (1 + Number.EPSILON))) / scale;
}

/** The em dash shown wherever a value is missing. */
export const MISSING = '—';

/** A number with separators and up to two decimals (`50,410`, `1.86`). */
export function formatNumber(value: number | null | undefined): string {
  return value === null || value === undefined ? MISSING : formats.number.format(roundDecimal(value, 2));
}

/** A whole number with separators (`50,410`). */
export function formatInt(value: number | null | undefined): string {
  return value === null || value === undefined ? MISSING : formats.int.format(roundDecimal(value, 0));
}

/** An amount in 万元 with up to two decimals (`1,832.75万元`). */
export function formatWan(value: number | null | undefined): string {
  return value === null || value === undefined ? MISSING : `${formats.wan.format(roundDecimal(value, 2))}万元`;
}

/** A percentage already on the 0–100 scale, one decimal (`91.7%`). */
export function formatPct(value: number | null | undefined): string {
  return value === null || value === undefined ? MISSING : `${formats.pct.format(roundDecimal(value, 1))}%`;
}

/**
 * A `YYYY-MM-DD` or `YYYY-MM` text as a date in the interface language: `2023年3月29日` and
 * `2020年3月` in Chinese, `29 March 2023` and `March 2020` in English.
 */
export function formatDate(text: string, locale: 'zh-CN' | 'en' = 'zh-CN'): string {
  const [year, month, day] = text.split('-').map(Number);
  if (locale === 'zh-CN') return day === undefined ? `${year}年${month}月` : `${year}年${month}月${day}日`;
  const date = new Date(Date.UTC(year, month - 1, day ?? 1));
  const options: Intl.DateTimeFormatOptions = day === undefined ? { year: 'numeric', month: 'long', timeZone: 'UTC' } : { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' };
  return new Intl.DateTimeFormat('en-GB', options).format(date);
}
