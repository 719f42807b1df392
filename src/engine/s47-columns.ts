/**
 * Section 47 enquiries (Annex A List 5 / CIN `Section47`) as columns: child, enquiry start,
 * initial child protection conference date (`NONE` when blank) and whether it resulted in a plan.
 */
import type { Section47 } from '../domain/index.ts';
import type { ChildIndex } from './children.ts';
import { NONE } from './columns.ts';
import { dayColumn, flagColumn, type RecordsOf } from './list-fields.ts';

export interface S47Columns {
  child: Int32Array;
  start: Int32Array;
  /** The ICPC date; `NONE` when there was none (or it is blank). */
  icpc: Int32Array;
  /** 1 where "ICPC resulted in a child protection plan" is yes; 0 when no or blank. */
  icpcPlan: Uint8Array;
  /** Bounds the child indexes (every index is below it). */
  childCount: number;
}

export function s47Columns(list: RecordsOf<Section47>, children: ChildIndex): S47Columns {
  return {
    child: children.column(list, (s) => s.childId),
    start: dayColumn(list, 'startDate', NONE),
    icpc: dayColumn(list, 'icpcDate', NONE),
    icpcPlan: flagColumn(list, 'icpcResultedInPlan', (plan) => plan === true),
    childCount: children.count(),
  };
}
