/**
 * Referral indicators: `referrals`, `referral_rate_per_10k`, `rereferrals_12m_pct` and
 * `referrals_nfa_pct`.
 */
import { addMonths, type Day } from '../domain/index.ts';
import { NONE, type ReferralColumns } from './columns.ts';
import type { Context } from './context.ts';
import { eventPrefix, eventsIn } from './daily.ts';
import { type Evaluate, flowCount, flowPercent, ratePer10k } from './figure.ts';
import { inDateOrder, rangeOf } from './order.ts';

/** `addMonths(day, -12)` for days in `[min, max]`, each worked out once, on first use. */
function twelveMonthsBefore(min: Day, max: Day): (day: Day) => Day {
  const memo = new Int32Array(Math.max(max - min + 1, 0)).fill(NONE);
  return (day) => {
    let before = memo[day - min]!;
    if (before === NONE) {
      before = addMonths(day, -12);
      memo[day - min] = before;
    }
    return before;
  };
}

/**
 * 1 for each referral whose child has another referral dated on or after 12 months before it
 * and strictly before it, or whose "Number of Referrals in Last 12 Months" is above 0.
 */
export function rereferralFlags(cols: ReferralColumns): Uint8Array {
  const flags = cols.recordsEarlier.slice();
  const monthsBack = twelveMonthsBefore(...rangeOf(cols.date));
  // child c's latest date so far at [2c], and the one strictly before it at [2c + 1]
  const seen = new Int32Array(2 * cols.childCount).fill(NONE);
  const order = inDateOrder(cols.date);
  for (let k = 0; k < cols.date.length; k++) {
    const i = order === null ? k : order[k]!;
    const at = 2 * cols.child[i]!;
    const date = cols.date[i]!;
    if (seen[at] !== date) {
      seen[at + 1] = seen[at]!;
      seen[at] = date;
    }
    const before = seen[at + 1]!;
    if (before !== NONE && before >= monthsBack(date)) flags[i] = 1;
  }
  return flags;
}

export function referralsCount(ctx: Context): Evaluate {
  return flowCount(ctx.span, ctx.eventPrefix(ctx.referrals().date));
}

export function rereferralsPercent(ctx: Context): Evaluate {
  const cols = ctx.referrals();
  const flags = rereferralFlags(cols);
  const hits = eventPrefix(ctx.span, cols.date, flags);
  return flowPercent(ctx.span, hits, ctx.eventPrefix(cols.date));
}

/** Referrals in the window per 10,000 children (the population for the window's end). */
export function referralRatePer10k(ctx: Context): Evaluate {
  const referrals = ctx.eventPrefix(ctx.referrals().date);
  return (start, end) =>
    ratePer10k(eventsIn(referrals, ctx.span, start, end), ctx.populationFor(end));
}

/** Of referrals in the window, those marked "Referral NFA?" = yes (blank stays in the base). */
export function referralsNfaPercent(ctx: Context): Evaluate {
  const dates = ctx.referrals().date;
  const hits = eventPrefix(ctx.span, dates, ctx.referralNfa());
  return flowPercent(ctx.span, hits, ctx.eventPrefix(dates));
}
