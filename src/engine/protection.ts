/** Child protection plan indicators: `cpp_open`. */
import type { Context } from './context.ts';
import { openTally } from './daily.ts';
import { type Evaluate, snapshotCount } from './figure.ts';

/** Plans open at the window's end: started on or before it, not ended on or before it. */
export function cppOpen(ctx: Context): Evaluate {
  const plans = ctx.cpPlans();
  const tally = openTally(ctx.span);
  for (let i = 0; i < plans.start.length; i++) tally.add(plans.start[i]!, plans.end[i]!);
  return snapshotCount(ctx.span, tally.perDay());
}
