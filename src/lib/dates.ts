/** Tells whether a year, month and day name a day that exists in the calendar. */
function isCalendarDay(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Tells whether text is a real date written `YYYY-MM-DD` (`2024-02-30` is not). */
export function isDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  return match !== null && isCalendarDay(Number(match[1]), Number(match[2]), Number(match[3]));
}

/** Tells whether text is a real month (`YYYY-MM`) or a real date (`YYYY-MM-DD`). */
export function isMonthOrDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})$/.exec(text);
  if (match) return isCalendarDay(Number(match[1]), Number(match[2]), 1);
  return isDate(text);
}
