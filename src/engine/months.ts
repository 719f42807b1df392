/**
 * Calendar months after the days of a column, each distinct day worked out once: thousands of
 * records share a few thousand days, and `addMonths` (civil date arithmetic) costs about 100 ns.
 */
import { addMonths, type Day } from '../domain/index.ts';
import { NONE, OPEN } from './columns.ts';

/** The earliest and latest real days of a column (`NONE` and `OPEN` aside); `[0, -1]` if none. */
function realRange(days: Int32Array): [Day, Day] {
  let [min, max] = [OPEN, NONE];
  for (let i = 0; i < days.length; i++) {
    const day = days[i]!;
    if (day === NONE || day === OPEN) continue;
    if (day < min) min = day;
    if (day > max) max = day;
  }
  return max < min ? [0, -1] : [min, max];
}

/** The longest range of days remembered: a century (a few hundred kilobytes at most). */
const MEMO_DAYS = 36_525;

/**
 * `addMonths(day, months)`, remembered for the days in the range of `days` (worked out on first
 * use) and worked out each time for any other day, or for every day when the range is longer
 * than a century (dates in error).
 */
export function monthsAfter(months: number, days: Int32Array): (day: Day) => Day {
  const [min, max] = realRange(days);
  const memo = new Int32Array(max - min < MEMO_DAYS ? max - min + 1 : 0).fill(NONE);
  return (day) => {
    const k = day - min;
    if (k < 0 || k >= memo.length) return addMonths(day, months);
    let later = memo[k]!;
    if (later === NONE) {
      later = addMonths(day, months);
      memo[k] = later;
    }
    return later;
  };
}
