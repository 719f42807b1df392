/** Children looked after indicators: `cla_open`. */
import type { Day } from '../domain/index.ts';
import type { CareColumns } from './columns.ts';
import type { Context } from './context.ts';
import { type OpenTally, openTally } from './daily.ts';
import { type Evaluate, snapshotCount } from './figure.ts';
import { orderByChildThenDate } from './order.ts';

/**
 * Adds each child's care, short breaks only (V3, V4) left out, as disjoint intervals: the
 * child's overlapping or touching periods merged, so each child counts once on any day.
 */
export function addCareByChild(cols: CareColumns, childCount: number, tally: OpenTally): void {
  const order = orderByChildThenDate(cols.child, cols.start, childCount);
  let child = -1;
  let from: Day = 0;
  let until: Day = 0;
  for (const i of order) {
    const start = cols.start[i]!;
    const end = cols.end[i]!;
    if (cols.shortBreak[i] === 1 || end <= start) continue;
    if (cols.child[i] === child && start <= until) {
      until = Math.max(until, end);
      continue;
    }
    if (child !== -1) tally.add(from, until);
    [child, from, until] = [cols.child[i]!, start, end];
  }
  if (child !== -1) tally.add(from, until);
}

/** Distinct children with a period of care open at the window's end, short breaks excluded. */
export function claOpen(ctx: Context): Evaluate {
  const cols = ctx.carePeriods();
  const tally = openTally(ctx.span);
  addCareByChild(cols, ctx.children.count(), tally);
  return snapshotCount(ctx.span, tally.perDay());
}
