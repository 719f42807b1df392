/** Date arguments on the command line, and the one place the CLI reads the clock. */
import { type Day, dayOf, parseIsoDay, ymd } from '../domain/index.ts';
import { UsageError } from './usage-error.ts';

/** Parses a `YYYY-MM-DD` option value, or fails with a usage error naming the option. */
export function parseDayOption(name: string, value: string): Day {
  const day = parseIsoDay(value);
  if (day === null)
    throw new UsageError(`${name} must be a real date as YYYY-MM-DD (got "${value}")`);
  return day;
}

/** Today, by the machine's clock, as a calendar day. */
export function today(now: Date = new Date()): Day {
  return dayOf(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

/** The last day of the month before `day`: the demo council's default extract date. */
export function endOfPreviousMonth(day: Day): Day {
  const [y, m] = ymd(day);
  return dayOf(y, m, 1) - 1;
}
