/**
 * Working days in England and Wales (Monday to Friday, not a bank holiday), with an O(1)
 * duration from a prefix count precomputed for 1990-2100 and exact arithmetic outside it.
 */
import { type Day, dayOf, weekday, ymd } from '../domain/index.ts';
import { bankHolidays } from './bank-holidays.ts';

const TABLE_FIRST_YEAR = 1990;
const TABLE_LAST_YEAR = 2100;
const TABLE_FROM = dayOf(TABLE_FIRST_YEAR, 1, 1);
const TABLE_TO = dayOf(TABLE_LAST_YEAR, 12, 31);

function isWeekday(day: Day): boolean {
  const w = weekday(day);
  return w !== 0 && w !== 6;
}

function holidayFlags(): Uint8Array {
  const flags = new Uint8Array(TABLE_TO - TABLE_FROM + 1);
  for (let year = TABLE_FIRST_YEAR; year <= TABLE_LAST_YEAR; year++) {
    for (const day of bankHolidays(year)) flags[day - TABLE_FROM] = 1;
  }
  return flags;
}

const HOLIDAY = holidayFlags();

/** `PREFIX[i]`: working days from the table's first day to the i-th day, both inclusive. */
function prefixCounts(): Int32Array {
  const prefix = new Int32Array(HOLIDAY.length);
  let count = 0;
  for (let i = 0; i < HOLIDAY.length; i++) {
    if (HOLIDAY[i] === 0 && isWeekday(TABLE_FROM + i)) count += 1;
    prefix[i] = count;
  }
  return prefix;
}

const PREFIX = prefixCounts();

/** Whether a day is an England and Wales bank holiday. */
export function isBankHoliday(day: Day): boolean {
  if (day >= TABLE_FROM && day <= TABLE_TO) return HOLIDAY[day - TABLE_FROM] === 1;
  return bankHolidays(ymd(day)[0]).includes(day);
}

/** Whether a day is a working day: Monday to Friday and not a bank holiday. */
export function isWorkingDay(day: Day): boolean {
  return isWeekday(day) && !isBankHoliday(day);
}

/** Weekdays counted up to `day`, so that the difference of two is the weekdays in `(a, b]`. */
function weekdayOrdinal(day: Day): number {
  const k = day - 3; // day 4 (1970-01-05) is a Monday
  const r = ((k % 7) + 7) % 7;
  return 5 * ((k - r) / 7) + Math.min(r, 5);
}

/** Working days in `(a, b]` for `a <= b`, by arithmetic (used outside the table). */
function countWorkingDays(a: Day, b: Day): number {
  let holidays = 0;
  for (let year = ymd(a)[0]; year <= ymd(b)[0]; year++) {
    for (const day of bankHolidays(year)) if (day > a && day <= b) holidays += 1;
  }
  return weekdayOrdinal(b) - weekdayOrdinal(a) - holidays;
}

/** Working days up to `day`, on one scale for all days: the table's inside, arithmetic beyond. */
function workingOrdinal(day: Day): number {
  if (day < TABLE_FROM) return -countWorkingDays(day, TABLE_FROM - 1);
  if (day > TABLE_TO) return PREFIX[PREFIX.length - 1]! + countWorkingDays(TABLE_TO, day);
  return PREFIX[day - TABLE_FROM]!;
}

/**
 * The working-day duration from `a` to `b`: working days `w` with `a < w <= b` (the same day
 * is 0, Friday to the next Monday is 1). Negative, by the same count, when `b` is before `a`.
 */
export function workingDaysBetween(a: Day, b: Day): number {
  return workingOrdinal(b) - workingOrdinal(a);
}
