/** What an indicator computes from: the covered span and each list's columns, built once. */
import type { RecordSet } from '../domain/index.ts';
import { childIndex } from './children.ts';
import {
  type AssessmentColumns,
  assessmentColumns,
  type CareColumns,
  careColumns,
  planColumns,
  type ReferralColumns,
  referralColumns,
  type SpellColumns,
} from './columns.ts';
import type { Span } from './daily.ts';

export interface Context {
  span: Span;
  /** The records as given, for local indicators' rules (rule.ts). */
  records: RecordSet;
  referrals(): ReferralColumns;
  assessments(): AssessmentColumns;
  cpPlans(): SpellColumns;
  carePeriods(): CareColumns;
}

/** A function that runs once, on its first call, and then returns the same value. */
function once<T>(make: () => T): () => T {
  let made: { value: T } | null = null;
  return () => {
    made ??= { value: make() };
    return made.value;
  };
}

/**
 * A context whose columns are converted on first use and shared by every indicator; all lists
 * intern children into one index, so a child has the same index in every list.
 */
export function contextFor(records: RecordSet, span: Span): Context {
  const children = childIndex(records.referrals.length + records.carePeriods.length);
  return {
    span,
    records,
    referrals: once(() => referralColumns(records.referrals, children)),
    assessments: once(() => assessmentColumns(records.assessments)),
    cpPlans: once(() => planColumns(records.cpPlans)),
    carePeriods: once(() => careColumns(records.carePeriods, children)),
  };
}
