/**
 * Record lists as columns: each list converted once into typed arrays, children interned to
 * Int32 indexes (children.ts) and dates kept as Int32 days, with sentinels for blank dates.
 */
import type { Assessment, Day, Referral } from '../domain/index.ts';
import type { ChildIndex } from './children.ts';
import { dayColumn, flagColumn, type RecordsOf } from './list-fields.ts';

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

export function referralColumns(list: RecordsOf<Referral>, children: ChildIndex): ReferralColumns {
  return {
    child: children.column(list, (r) => r.childId),
    date: dayColumn(list, 'referralDate', NONE),
    recordsEarlier: flagColumn(list, 'referralsLast12m', (n) => (n ?? 0) > 0),
    childCount: children.count(),
  };
}

export interface AssessmentColumns {
  start: Int32Array;
  /** `NONE` when not authorised. */
  authorised: Int32Array;
}

export function assessmentColumns(list: RecordsOf<Assessment>): AssessmentColumns {
  return {
    start: dayColumn(list, 'startDate', NONE),
    authorised: dayColumn(list, 'authorisedDate', NONE),
  };
}
