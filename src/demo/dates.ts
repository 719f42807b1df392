/**
 * Fast date arithmetic and text for the many rows the demo writes: civil dates by integer
 * arithmetic (no Date objects), and `dd/mm/yyyy` text remembered per day.
 */
import type { Day } from '../domain/index.ts';

/** `[year, month, day of month]` of a day (Howard Hinnant's civil_from_days). */
export function civil(day: Day): [number, number, number] {
  const z = day + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const month = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (month <= 2 ? 1 : 0), month, doy - Math.floor((153 * mp + 2) / 5) + 1];
}

/** The day of a civil date (days_from_civil). */
export function dayOfCivil(year: number, month: number, dom: number): Day {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + dom - 1;
  return era * 146_097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719_468;
}

const MONTH_LENGTHS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function monthLength(year: number, month: number): number {
  if (month !== 2) return MONTH_LENGTHS[month - 1]!;
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
}

/** The same day of the month `months` after a civil date, or that month's last day. */
export function civilMonthsLater(year: number, month: number, dom: number, months: number): Day {
  const index = year * 12 + month - 1 + months;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  return dayOfCivil(y, m, Math.min(dom, monthLength(y, m)));
}

/** The same day of the month `months` later, or that month's last day (as `addMonths`). */
export function monthsLater(day: Day, months: number): Day {
  const [year, month, dom] = civil(day);
  return civilMonthsLater(year, month, dom, months);
}

const BASE = dayOfCivil(1980, 1, 1);
const UK: string[] = [];
const KEY: number[] = [];
const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));

/** `dd/mm/yyyy`, as Annex A writes dates, remembered per day. */
export function ukDate(day: Day): string {
  let text = UK[day - BASE];
  if (text === undefined) {
    const [y, m, d] = civil(day);
    text = `${pad2(d)}/${pad2(m)}/${y}`;
    if (day >= BASE) UK[day - BASE] = text;
  }
  return text;
}

/** The day as the number yyyymmdd, remembered per day. */
function dayKey(day: Day): number {
  let key = KEY[day - BASE];
  if (key === undefined) {
    const [y, m, d] = civil(day);
    key = y * 10_000 + m * 100 + d;
    if (day >= BASE) KEY[day - BASE] = key;
  }
  return key;
}

/** Age in whole years on `day` (a 29 February birthday counts from 1 March in other years). */
export function ageAt(birth: Day, day: Day): number {
  return Math.floor((dayKey(day) - dayKey(birth)) / 10_000);
}
