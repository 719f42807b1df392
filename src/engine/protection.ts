/**
 * Child protection plan indicators: starts, ends, plans open and how long they have lasted, and
 * repeat plans. Plans are read from `cpPlanHistory()`, one per child and start date.
 */
import { OPEN } from './columns.ts';
import type { Context } from './context.ts';
import { eventPrefix, onDay, openTally } from './daily.ts';
import { type Evaluate, flowCount, flowPercent, ratePer10k, snapshotCount } from './figure.ts';
import { monthsAfter } from './months.ts';
import { snapshotPercent } from './snapshot-figures.ts';

/** Plans open at the window's end: started on or before it, not ended on or before it. */
function openPerDay(ctx: Context): Int32Array {
  const plans = ctx.cpPlanHistory();
  const tally = openTally(ctx.span);
  for (let i = 0; i < plans.start.length; i++) tally.add(plans.start[i]!, plans.end[i]!);
  return tally.perDay();
}

export function cppOpen(ctx: Context): Evaluate {
  return snapshotCount(ctx.span, openPerDay(ctx));
}

/** `cpp_open` per 10,000 children (the population for the window's end). */
export function cppRatePer10k(ctx: Context): Evaluate {
  const open = openPerDay(ctx);
  return (_start, end) => ratePer10k(onDay(open, ctx.span, end), ctx.populationFor(end));
}

export function cppStarts(ctx: Context): Evaluate {
  return flowCount(ctx.span, ctx.eventPrefix(ctx.cpPlanHistory().start));
}

/** Plans with an end date in the window (a blank end date is `OPEN`, after every window). */
export function cppEnds(ctx: Context): Evaluate {
  return flowCount(ctx.span, ctx.eventPrefix(ctx.cpPlanHistory().end));
}

/** Of plans ending in the window, those ending on or after the date 2 years after their start. */
export function cppEnded2yPlusPercent(ctx: Context): Evaluate {
  const plans = ctx.cpPlanHistory();
  const long = new Uint8Array(plans.start.length);
  const twoYearsOn = monthsAfter(24, plans.start);
  for (let i = 0; i < long.length; i++) {
    const end = plans.end[i]!;
    long[i] = end !== OPEN && end >= twoYearsOn(plans.start[i]!) ? 1 : 0;
  }
  const of = ctx.eventPrefix(plans.end);
  return flowPercent(ctx.span, eventPrefix(ctx.span, plans.end, long), of);
}

/**
 * Plans open at the window's end that reached `months` calendar months by it: a plan counts
 * from the date `months` after its start until its end.
 */
function openFor(ctx: Context, months: number): Int32Array {
  const plans = ctx.cpPlanHistory();
  const tally = openTally(ctx.span);
  const later = monthsAfter(months, plans.start);
  for (let i = 0; i < plans.start.length; i++) {
    tally.add(later(plans.start[i]!), plans.end[i]!);
  }
  return tally.perDay();
}

/** Of plans open at the window's end, those for which that date is 2 years or more after start. */
export function cppOpen2yPlusPercent(ctx: Context): Evaluate {
  return snapshotPercent(ctx.span, openFor(ctx, 24), openPerDay(ctx));
}

/** Plans open at the window's end that had lasted 15 months or more by then (local). */
export function cppOpen15mPlus(ctx: Context): Evaluate {
  return snapshotCount(ctx.span, openFor(ctx, 15));
}
