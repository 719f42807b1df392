/**
 * Child protection plans as columns ordered by child, then start date, one per key (child and
 * start date: rows sharing a key are one plan, the last in the list winning whole).
 */
import type { CpPlan } from '../domain/index.ts';
import { inOrder, lastOfEachKey, orderByChildThenDay } from './child-order.ts';
import type { ChildIndex } from './children.ts';
import { OPEN } from './columns.ts';
import { dayColumn, flagColumn, type RecordsOf } from './list-fields.ts';

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

export function planHistoryColumns(list: RecordsOf<CpPlan>, children: ChildIndex): PlanColumns {
  const child = children.column(list, (p) => p.childId);
  const start = dayColumn(list, 'startDate', OPEN);
  const end = dayColumn(list, 'endDate', OPEN);
  const earlier = flagColumn(list, 'previousPlans', (n) => (n ?? 0) > 0);
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
