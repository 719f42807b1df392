/** Children looked after indicators: `cla_open`. */
import { type CareColumns, NONE } from './columns.ts';
import type { Context } from './context.ts';
import { type OpenTally, openTally } from './daily.ts';
import { type Evaluate, snapshotCount } from './figure.ts';
import { orderByDay } from './order.ts';

/**
 * Adds each child's care, short breaks only (V3, V4) left out, as disjoint intervals: periods
 * taken in start order, each adding only the days it extends its child's care by, so each child
 * counts once on any day.
 */
export function addCareByChild(cols: CareColumns, tally: OpenTally): void {
  const until = new Int32Array(cols.childCount).fill(NONE); // the end of each child's care so far
  const order = orderByDay(cols.start);
  for (let k = 0; k < order.length; k++) {
    const i = order[k]!;
    const child = cols.child[i]!;
    const start = cols.start[i]!;
    const end = cols.end[i]!;
    if (cols.shortBreak[i] === 1 || end <= start || end <= until[child]!) continue;
    tally.add(Math.max(start, until[child]!), end);
    until[child] = end;
  }
}

/** Distinct children with a period of care open at the window's end, short breaks excluded. */
export function claOpen(ctx: Context): Evaluate {
  const cols = ctx.carePeriods();
  const tally = openTally(ctx.span);
  addCareByChild(cols, tally);
  return snapshotCount(ctx.span, tally.perDay());
}
