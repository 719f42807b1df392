/**
 * Calendar dates as whole days since 1970-01-01 (a `Day`), so that date arithmetic is integer
 * arithmetic and columns of dates fit in an `Int32Array`. No times, no time zones.
 */

/** Days since 1970-01-01. */
export type Day = number;

const MS_PER_DAY = 86_400_000;
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The day for a calendar year, month (1-12) and day of month. */
export function dayOf(year: number, month: number, dom: number): Day {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, dom); // Date.UTC would read years 0-99 as 1900-1999
  return date.getTime() / MS_PER_DAY;
}

/** `[year, month (1-12), day of month]` of a day. */
export function ymd(day: Day): [number, number, number] {
  const d = new Date(day * MS_PER_DAY);
  return [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
}

/** Whether year, month and day of month name a real date. */
export function isRealDate(year: number, month: number, dom: number): boolean {
  return month >= 1 && month <= 12 && dom >= 1 && dom <= daysInMonth(year, month);
}

/** Parses `yyyy-mm-dd`; null when it is not a real date. */
export function parseIsoDay(text: string): Day | null {
  const m = ISO.exec(text);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isRealDate(y, mo, d) ? dayOf(y, mo, d) : null;
}

/** `yyyy-mm-dd` for a day. */
export function isoDay(day: Day): string {
  const [y, m, d] = ymd(day);
  return `${String(y).padStart(4, '0')}-${pad2(m)}-${pad2(d)}`;
}

/** `dd/mm/yyyy`, as Annex A and SSDA903 write dates. */
export function ukDay(day: Day): string {
  const [y, m, d] = ymd(day);
  return `${pad2(d)}/${pad2(m)}/${y}`;
}

export function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

export function daysInMonth(year: number, month: number): number {
  return dayOf(year, month + 1, 1) - dayOf(year, month, 1);
}

/** Day of the week, 0 = Sunday .. 6 = Saturday. */
export function weekday(day: Day): number {
  return (((day + 4) % 7) + 7) % 7;
}

/**
 * The same day-of-month `months` calendar months later (earlier when negative); where that day
 * does not exist, the last day of that month (29 Feb + 12 months = 28 Feb).
 */
export function addMonths(day: Day, months: number): Day {
  const [y, m, d] = ymd(day);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return dayOf(year, month, Math.min(d, daysInMonth(year, month)));
}

/** The same calendar offset in years: `addMonths(day, 12 * years)`. */
export function addYears(day: Day, years: number): Day {
  return addMonths(day, 12 * years);
}

/** The first day of the financial year (1 April) that contains `day`. */
export function financialYearStart(day: Day): Day {
  const [y, m] = ymd(day);
  return dayOf(m >= 4 ? y : y - 1, 4, 1);
}

/** The financial year containing `day` as its starting calendar year (2024 for 2024-25). */
export function financialYearOf(day: Day): number {
  return ymd(financialYearStart(day))[0];
}

/** `2024-25` for the financial year starting in 2024. */
export function financialYearLabel(startYear: number): string {
  return `${startYear}-${pad2((startYear + 1) % 100)}`;
}
