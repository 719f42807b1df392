/** Referral indicators: `referrals` and `rereferrals_12m_pct`. */
import { addMonths, type Day } from '../domain/index.ts';
import type { ReferralColumns } from './columns.ts';
import type { Context } from './context.ts';
import { eventPrefix } from './daily.ts';
import { type Evaluate, flowCount, flowPercent } from './figure.ts';
import { orderByChildThenDate } from './order.ts';

/** `addMonths(day, -12)`, computed once per distinct day. */
function twelveMonthsBefore(): (day: Day) => Day {
  const memo = new Map<Day, Day>();
  return (day) => {
    let before = memo.get(day);
    if (before === undefined) {
      before = addMonths(day, -12);
      memo.set(day, before);
    }
    return before;
  };
}

/**
 * 1 for each referral whose child has another referral dated on or after 12 months before it
 * and strictly before it, or whose "Number of Referrals in Last 12 Months" is above 0.
 */
export function rereferralFlags(cols: ReferralColumns, childCount: number): Uint8Array {
  const flags = cols.recordsEarlier.slice();
  const order = orderByChildThenDate(cols.child, cols.date, childCount);
  const monthsBack = twelveMonthsBefore();
  let child = -1;
  let latest = 0; // the latest date seen for this child
  let previous: Day | null = null; // the latest date for this child strictly before `latest`
  for (const i of order) {
    const date = cols.date[i]!;
    if (cols.child[i] !== child) {
      child = cols.child[i]!;
      previous = null;
    } else if (date !== latest) {
      previous = latest;
    }
    latest = date;
    if (previous !== null && previous >= monthsBack(date)) flags[i] = 1;
  }
  return flags;
}

export function referralsCount(ctx: Context): Evaluate {
  return flowCount(ctx.span, eventPrefix(ctx.span, ctx.referrals().date));
}

export function rereferralsPercent(ctx: Context): Evaluate {
  const cols = ctx.referrals();
  const flags = rereferralFlags(cols, ctx.children.count());
  const hits = eventPrefix(ctx.span, cols.date, flags);
  return flowPercent(ctx.span, hits, eventPrefix(ctx.span, cols.date));
}
