/**
 * Repeat child protection plans: `cpp_repeat_pct` (the child had an earlier plan, ever) and
 * `cpp_repeat_2y_pct` (another plan of the child ended 2 years or less before this one started).
 */
import { OPEN } from './columns.ts';
import type { Context } from './context.ts';
import { eventPrefix } from './daily.ts';
import { type Evaluate, flowPercent } from './figure.ts';
import { monthsAfter } from './months.ts';
import type { PlanColumns } from './plan-columns.ts';

/**
 * 1 for each plan whose child has a plan with an earlier start date (plans are ordered by child,
 * then start, one per start date, so: not the child's first) or that records previous plans.
 */
export function repeatFlags(plans: PlanColumns): Uint8Array {
  const flags = plans.recordsEarlier.slice();
  for (let k = 1; k < flags.length; k++) {
    if (plans.child[k] === plans.child[k - 1]) flags[k] = 1;
  }
  return flags;
}

/** The first and last position (exclusive) of each plan's child's run of plans. */
function childRun(plans: PlanColumns, k: number): [number, number] {
  const child = plans.child[k]!;
  let [first, last] = [k, k + 1];
  while (first > 0 && plans.child[first - 1] === child) first -= 1;
  while (last < plans.child.length && plans.child[last] === child) last += 1;
  return [first, last];
}

/**
 * 1 for each plan whose child has another plan that ended on or before its start date and on or
 * after the date 2 years before it. A child's plans are next to each other, and few.
 */
export function repeatWithin2yFlags(plans: PlanColumns): Uint8Array {
  const flags = new Uint8Array(plans.start.length);
  const twoYearsBefore = monthsAfter(-24, plans.start);
  for (let k = 0; k < flags.length; k++) {
    const start = plans.start[k]!;
    const since = twoYearsBefore(start);
    const [first, last] = childRun(plans, k);
    for (let j = first; j < last && flags[k] === 0; j++) {
      const end = plans.end[j]!;
      if (j !== k && end !== OPEN && end <= start && end >= since) flags[k] = 1;
    }
  }
  return flags;
}

function startsPercent(ctx: Context, flagsOf: (plans: PlanColumns) => Uint8Array): Evaluate {
  const plans = ctx.cpPlanHistory();
  const hits = eventPrefix(ctx.span, plans.start, flagsOf(plans));
  return flowPercent(ctx.span, hits, ctx.eventPrefix(plans.start));
}

export function cppRepeatPercent(ctx: Context): Evaluate {
  return startsPercent(ctx, repeatFlags);
}

export function cppRepeat2yPercent(ctx: Context): Evaluate {
  return startsPercent(ctx, repeatWithin2yFlags);
}
