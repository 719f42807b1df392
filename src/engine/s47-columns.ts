/**
 * Section 47 enquiries (Annex A List 5 / CIN `Section47`) as columns: child, enquiry start,
 * initial child protection conference date (`NONE` when blank) and whether it resulted in a plan.
 */
import type { Section47 } from '../domain/index.ts';
import type { ChildIndex } from './children.ts';
import { NONE } from './columns.ts';

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

export function s47Columns(list: readonly Section47[], children: ChildIndex): S47Columns {
  const n = list.length;
  const cols = {
    child: children.column(list, (s) => s.childId),
    start: new Int32Array(n),
    icpc: new Int32Array(n),
    icpcPlan: new Uint8Array(n),
  };
  for (let i = 0; i < n; i++) {
    const s = list[i]!;
    cols.start[i] = s.startDate;
    cols.icpc[i] = s.icpcDate ?? NONE;
    cols.icpcPlan[i] = s.icpcResultedInPlan === true ? 1 : 0;
  }
  return { ...cols, childCount: children.count() };
}
