/**
 * Record lists as columns: each list converted once into typed arrays, children interned to
 * Int32 indexes (children.ts) and dates kept as Int32 days, with sentinels for blank dates.
 */
import type { Assessment, Day, Referral } from '../domain/index.ts';
import type { ChildIndex } from './children.ts';

/** A blank end date: open for ever, later than any real day. */
export const OPEN: Day = 2_147_483_647;
/** A blank event date: earlier than any real day, so never inside a window. */
export const NONE: Day = -2_147_483_648;

/** Columns with a child index each: `childCount` bounds them (every index is below it). */
interface ChildColumns {
  child: Int32Array;
  childCount: number;
}

export interface ReferralColumns extends ChildColumns {
  date: Int32Array;
  /** 1 where "Number of Referrals in Last 12 Months" is above 0. */
  recordsEarlier: Uint8Array;
}

export function referralColumns(list: readonly Referral[], children: ChildIndex): ReferralColumns {
  const n = list.length;
  const cols = {
    child: children.column(list, (r) => r.childId),
    date: new Int32Array(n),
    recordsEarlier: new Uint8Array(n),
  };
  for (let i = 0; i < n; i++) {
    const r = list[i]!;
    cols.date[i] = r.referralDate;
    cols.recordsEarlier[i] = (r.referralsLast12m ?? 0) > 0 ? 1 : 0;
  }
  return { ...cols, childCount: children.count() };
}

export interface AssessmentColumns {
  start: Int32Array;
  /** `NONE` when not authorised. */
  authorised: Int32Array;
}

export function assessmentColumns(list: readonly Assessment[]): AssessmentColumns {
  const n = list.length;
  const cols = { start: new Int32Array(n), authorised: new Int32Array(n) };
  for (let i = 0; i < n; i++) {
    const a = list[i]!;
    cols.start[i] = a.startDate;
    cols.authorised[i] = a.authorisedDate ?? NONE;
  }
  return cols;
}
