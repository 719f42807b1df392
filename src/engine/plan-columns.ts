/**
 * Child protection plans as columns ordered by child, then start date, one per key (child and
 * start date: rows sharing a key are one plan, the last in the list winning whole).
 */
import type { CpPlan } from '../domain/index.ts';
import { inOrder, lastOfEachKey, orderByChildThenDay } from './child-order.ts';
import type { ChildIndex } from './children.ts';
import { OPEN } from './columns.ts';

export interface PlanColumns {
  child: Int32Array;
  start: Int32Array;
  /** `OPEN` when blank. */
  end: Int32Array;
  /** 1 where "Number of Previous Child Protection Plans" is above 0. */
  recordsEarlier: Uint8Array;
  /** Every child index is below it. */
  childCount: number;
}

export function planHistoryColumns(list: readonly CpPlan[], children: ChildIndex): PlanColumns {
  const n = list.length;
  const child = children.column(list, (p) => p.childId);
  const start = new Int32Array(n);
  const end = new Int32Array(n);
  const earlier = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const p = list[i]!;
    start[i] = p.startDate;
    end[i] = p.endDate ?? OPEN;
    earlier[i] = (p.previousPlans ?? 0) > 0 ? 1 : 0;
  }
  const childCount = children.count();
  const kept = lastOfEachKey(orderByChildThenDay(child, start, childCount), child, start);
  return {
    child: inOrder(child, kept),
    start: inOrder(start, kept),
    end: inOrder(end, kept),
    recordsEarlier: Uint8Array.from(inOrder(earlier, kept)),
    childCount,
  };
}
