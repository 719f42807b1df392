/**
 * Working days for the demo: Monday to Friday less England's bank holidays, from a hard-coded
 * list (2004-2030). Close enough for synthetic durations; the engine has the real calendar.
 */
import { type Day, dayOf, weekday } from '../domain/index.ts';

const BANK_HOLIDAYS: Record<number, string> = {
  2004: '01-01 04-09 04-12 05-03 05-31 08-30 12-27 12-28',
  2005: '01-03 03-25 03-28 05-02 05-30 08-29 12-26 12-27',
  2006: '01-02 04-14 04-17 05-01 05-29 08-28 12-25 12-26',
  2007: '01-01 04-06 04-09 05-07 05-28 08-27 12-25 12-26',
  2008: '01-01 03-21 03-24 05-05 05-26 08-25 12-25 12-26',
  2009: '01-01 04-10 04-13 05-04 05-25 08-31 12-25 12-28',
  2010: '01-01 04-02 04-05 05-03 05-31 08-30 12-27 12-28',
  2011: '01-03 04-22 04-25 04-29 05-02 05-30 08-29 12-26 12-27',
  2012: '01-02 04-06 04-09 05-07 06-04 06-05 08-27 12-25 12-26',
  2013: '01-01 03-29 04-01 05-06 05-27 08-26 12-25 12-26',
  2014: '01-01 04-18 04-21 05-05 05-26 08-25 12-25 12-26',
  2015: '01-01 04-03 04-06 05-04 05-25 08-31 12-25 12-28',
  2016: '01-01 03-25 03-28 05-02 05-30 08-29 12-26 12-27',
  2017: '01-02 04-14 04-17 05-01 05-29 08-28 12-25 12-26',
  2018: '01-01 03-30 04-02 05-07 05-28 08-27 12-25 12-26',
  2019: '01-01 04-19 04-22 05-06 05-27 08-26 12-25 12-26',
  2020: '01-01 04-10 04-13 05-08 05-25 08-31 12-25 12-28',
  2021: '01-01 04-02 04-05 05-03 05-31 08-30 12-27 12-28',
  2022: '01-03 04-15 04-18 05-02 06-02 06-03 08-29 09-19 12-26 12-27',
  2023: '01-02 04-07 04-10 05-01 05-08 05-29 08-28 12-25 12-26',
  2024: '01-01 03-29 04-01 05-06 05-27 08-26 12-25 12-26',
  2025: '01-01 04-18 04-21 05-05 05-26 08-25 12-25 12-26',
  2026: '01-01 04-03 04-06 05-04 05-25 08-31 12-25 12-28',
  2027: '01-01 03-26 03-29 05-03 05-31 08-30 12-27 12-28',
  2028: '01-03 04-14 04-17 05-01 05-29 08-28 12-25 12-26',
  2029: '01-01 03-30 04-02 05-07 05-28 08-27 12-25 12-26',
  2030: '01-01 04-19 04-22 05-06 05-27 08-26 12-25 12-26',
};

function holidaysOf(year: number, list: string): Day[] {
  return list.split(' ').map((md) => dayOf(year, Number(md.slice(0, 2)), Number(md.slice(3))));
}

const HOLIDAYS: ReadonlySet<Day> = new Set(
  Object.entries(BANK_HOLIDAYS).flatMap(([year, list]) => holidaysOf(Number(year), list)),
);

/** Whether a day is an England bank holiday in the demo's list. */
export function isBankHoliday(day: Day): boolean {
  return HOLIDAYS.has(day);
}

function computeWorkingDay(day: Day): boolean {
  const wd = weekday(day);
  return wd !== 0 && wd !== 6 && !HOLIDAYS.has(day);
}

const TABLE_FROM = dayOf(2000, 1, 1);
const TABLE_DAYS = dayOf(2032, 1, 1) - TABLE_FROM;
/** Working days from `TABLE_FROM` up to and including each day of the table. */
const RUNNING = new Int32Array(TABLE_DAYS);
for (let i = 0, n = 0; i < TABLE_DAYS; i++) {
  if (computeWorkingDay(TABLE_FROM + i)) n++;
  RUNNING[i] = n;
}

const inTable = (day: Day) => day >= TABLE_FROM && day < TABLE_FROM + TABLE_DAYS;

/** Monday to Friday and not a bank holiday. */
export function isWorkingDay(day: Day): boolean {
  if (!inTable(day)) return computeWorkingDay(day);
  const at = day - TABLE_FROM;
  return RUNNING[at] !== (at > 0 ? RUNNING[at - 1] : 0);
}

/** The day `n` working days after `day` (the same day when `n` is 0). */
export function addWorkingDays(day: Day, n: number): Day {
  if (n <= 0) return day;
  const last = day + n * 2 + 10;
  if (!inTable(day) || !inTable(last)) return addWorkingDaysSlowly(day, n);
  const target = RUNNING[day - TABLE_FROM]! + n;
  let d = day + n;
  while (RUNNING[d - TABLE_FROM]! < target) d++;
  return d;
}

function addWorkingDaysSlowly(day: Day, n: number): Day {
  let d = day;
  for (let left = n; left > 0; ) {
    d++;
    if (isWorkingDay(d)) left--;
  }
  return d;
}

/** The first working day on or after `day`. */
export function nextWorkingDay(day: Day): Day {
  let d = day;
  while (!isWorkingDay(d)) d++;
  return d;
}

/** Working days `w` with `a < w <= b`: Friday to the next Monday is 1. */
export function workingDaysBetween(a: Day, b: Day): number {
  if (b <= a) return 0;
  if (inTable(a) && inTable(b)) return RUNNING[b - TABLE_FROM]! - RUNNING[a - TABLE_FROM]!;
  let count = 0;
  for (let d = a + 1; d <= b; d++) if (computeWorkingDay(d)) count++;
  return count;
}
