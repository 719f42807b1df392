/**
 * `assessments_open_over_45wd`: assessments open at the window's end (started on or before it,
 * not authorised by it) whose working-day duration from start to the window's end is over 45.
 */
import { NONE, OPEN } from './columns.ts';
import type { Context } from './context.ts';
import { openTally } from './daily.ts';
import { type Evaluate, snapshotCount } from './figure.ts';
import { workingDaysBetween } from './working-days.ts';

/** Over this many working days an open assessment is out of timescale. */
const TIMESCALE = 45;

/**
 * The first day `d` with `workingDaysBetween(a, d) >= n` (for `n >= 1`): the n-th working day
 * after `a`. Each calendar day adds at most one working day, so jumping by the shortfall never
 * passes it.
 */
export function nthWorkingDayAfter(a: number, n: number): number {
  let day = a + n;
  for (let short = n - workingDaysBetween(a, day); short > 0; ) {
    day += short;
    short = n - workingDaysBetween(a, day);
  }
  return day;
}

/**
 * An assessment counts on the days from its 46th working day after the start until (not
 * including) its authorisation: "open at d" is `start <= d` and authorised blank or after `d`.
 */
export function assessmentsOpenOver45(ctx: Context): Evaluate {
  const cols = ctx.assessments();
  const tally = openTally(ctx.span);
  for (let i = 0; i < cols.start.length; i++) {
    const authorised = cols.authorised[i]!;
    if (authorised !== NONE && authorised - cols.start[i]! <= TIMESCALE) continue; // never over
    const over = nthWorkingDayAfter(cols.start[i]!, TIMESCALE + 1);
    tally.add(over, authorised === NONE ? OPEN : authorised);
  }
  return snapshotCount(ctx.span, tally.perDay());
}
