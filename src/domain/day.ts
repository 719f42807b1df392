/**
 * Calendar dates as whole days since 1970-01-01 (a `Day`), so that date arithmetic is integer
 * arithmetic and columns of dates fit in an `Int32Array`. No times, no time zones.
 */

/** Days since 1970-01-01. */
export type Day = number;

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
/**
 * The furthest day from 1970-01-01 a JavaScript Date reaches (100,000,000 days either side):
 * beyond it, as for a Date, a day has no calendar date (NaN).
 */
const LAST_DAY = 100_000_000;

/*
 * Civil dates by integer arithmetic (Howard Hinnant's days_from_civil and civil_from_days), so
 * the millions of dates that readers, the engine and the demo generator handle cost no Date
 * object each. Same answers as a UTC Date, in the whole of a Date's range.
 */

/**
 * The day for a calendar year, month (1-12) and day of month. A month or day beyond its range
 * counts on, as a Date's does: month 13 is January of the next year, day 0 the month before's
 * last day.
 */
export function dayOf(year: number, month: number, dom: number): Day {
  const index = year * 12 + (month - 1);
  const whole = Math.floor(index / 12);
  const m = index - whole * 12 + 1;
  const y = m <= 2 ? whole - 1 : whole;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + dom - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  const day = era * 146_097 + dayOfEra - 719_468;
  return Math.abs(day) <= LAST_DAY ? day : Number.NaN;
}

/** `[year, month (1-12), day of month]` of a day (a fraction of a day is within that day). */
export function ymd(day: Day): [number, number, number] {
  if (!(Math.abs(day) <= LAST_DAY)) return [Number.NaN, Number.NaN, Number.NaN];
  const z = Math.floor(day) + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36_524) -
      Math.floor(dayOfEra / 146_096)) /
      365,
  );
  const dayOfYear =
    dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return [year, month, dayOfYear - Math.floor((153 * mp + 2) / 5) + 1];
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

export function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

/** The days in a month (1-12) of a year. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return 30 + ((month + (month >> 3)) & 1); // 31 for Jan, Mar, May, Jul, Aug, Oct, Dec
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
