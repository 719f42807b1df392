/**
 * Date text and offsets for the many rows the demo writes: `dd/mm/yyyy` text and ages
 * remembered per day, and months added to a date already split into its parts.
 */
import { type Day, dayOf, daysInMonth, ymd } from '../domain/index.ts';

/** The same day of the month `months` after a civil date, or that month's last day. */
export function civilMonthsLater(year: number, month: number, dom: number, months: number): Day {
  const index = year * 12 + month - 1 + months;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  return dayOf(y, m, Math.min(dom, daysInMonth(y, m)));
}

const BASE = dayOf(1980, 1, 1);
const UK: string[] = [];
const KEY: number[] = [];
const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));

/** `dd/mm/yyyy`, as Annex A writes dates, remembered per day. */
export function ukDate(day: Day): string {
  let text = UK[day - BASE];
  if (text === undefined) {
    const [y, m, d] = ymd(day);
    text = `${pad2(d)}/${pad2(m)}/${y}`;
    if (day >= BASE) UK[day - BASE] = text;
  }
  return text;
}

/** The day as the number yyyymmdd, remembered per day. */
function dayKey(day: Day): number {
  let key = KEY[day - BASE];
  if (key === undefined) {
    const [y, m, d] = ymd(day);
    key = y * 10_000 + m * 100 + d;
    if (day >= BASE) KEY[day - BASE] = key;
  }
  return key;
}

/** Age in whole years on `day` (a 29 February birthday counts from 1 March in other years). */
export function ageAt(birth: Day, day: Day): number {
  return Math.floor((dayKey(day) - dayKey(birth)) / 10_000);
}
