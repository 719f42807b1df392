/**
 * Referral indicators: `referrals`, `referral_rate_per_10k`, `rereferrals_12m_pct` and
 * `referrals_nfa_pct`.
 */
import { NONE, type ReferralColumns } from './columns.ts';
import type { Context } from './context.ts';
import { eventPrefix, eventsIn } from './daily.ts';
import { type Evaluate, flowCount, flowPercent, ratePer10k } from './figure.ts';
import { monthsAfter } from './months.ts';
import { inDateOrder } from './order.ts';

/**
 * 1 for each referral whose child has another referral dated on or after 12 months before it
 * and strictly before it, or whose "Number of Referrals in Last 12 Months" is above 0.
 */
export function rereferralFlags(cols: ReferralColumns): Uint8Array {
  const flags = cols.recordsEarlier.slice();
  const yearBefore = monthsAfter(-12, cols.date);
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
    if (before !== NONE && before >= yearBefore(date)) flags[i] = 1;
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
