/** A partial period in words, from the days a point covers: "April and May only". */
import {
  type Day,
  daysInMonth,
  MONTH_NAMES as MONTHS,
  type Point,
  parseIsoDay,
  ymd,
} from '../domain/index.ts';

const monthName = (month: number) => MONTHS[month - 1] ?? '';

function day(text: string): Day {
  const parsed = parseIsoDay(text);
  if (parsed === null) throw new Error(`point with an invalid date: ${text}`);
  return parsed;
}

function isMonthEnd(d: Day): boolean {
  const [y, m, dom] = ymd(d);
  return dom === daysInMonth(y, m);
}

/** Whole months: `April only`, `April and May only`, `April to June only`. */
function monthsWords(start: Day, end: Day, withYears: boolean): string {
  const [ys, ms] = ymd(start);
  const [ye, me] = ymd(end);
  const first = withYears ? `${monthName(ms)} ${ys}` : monthName(ms);
  const last = withYears ? `${monthName(me)} ${ye}` : monthName(me);
  const months = ye * 12 + me - (ys * 12 + ms) + 1;
  if (months === 1) return `${first} only`;
  return months === 2 ? `${first} and ${last} only` : `${first} to ${last} only`;
}

/** Days: `15 May only`, `1 April to 15 May only`. */
function daysWords(start: Day, end: Day, withYears: boolean): string {
  const words = (d: Day) => {
    const [y, m, dom] = ymd(d);
    return withYears ? `${dom} ${monthName(m)} ${y}` : `${dom} ${monthName(m)}`;
  };
  return start === end ? `${words(start)} only` : `${words(start)} to ${words(end)} only`;
}

/**
 * What a partial point covers, in words: whole months by name (`April and May only`), else the
 * days (`1 April to 15 May only`), with years when the days cross a calendar year. Null for a
 * whole point.
 */
export function coverageWords(point: Point): string | null {
  if (!point.partial) return null;
  if (!point.covers) return 'part of the period only';
  const start = day(point.covers.start);
  const end = day(point.covers.end);
  const withYears = ymd(start)[0] !== ymd(end)[0];
  if (ymd(start)[2] === 1 && isMonthEnd(end)) return monthsWords(start, end, withYears);
  return daysWords(start, end, withYears);
}
