/** The earliest event date in a record set: the data's start when none is stated. */
import type { Day, RecordSet } from '../domain/index.ts';

/** The earliest date among a list's key dates, or null for an empty list. */
function earliestOf<T>(list: ArrayLike<T>, dateOf: (record: T) => Day): Day | null {
  let earliest: Day | null = null;
  for (let i = 0; i < list.length; i++) {
    const day = dateOf(list[i]!);
    if (earliest === null || day < earliest) earliest = day;
  }
  return earliest;
}

/**
 * The earliest contact, referral, assessment start, section 47 start, plan start or care start
 * date; null when there are no such records. Contacts given as columns (`contactDates`, read
 * with `records` whose contacts are empty) count too.
 */
export function earliestEventDate(records: RecordSet, contactDates?: Int32Array): Day | null {
  const candidates = [
    earliestOf(records.contacts, (r) => r.contactDate),
    contactDates ? earliestOf(contactDates, (day) => day) : null,
    earliestOf(records.referrals, (r) => r.referralDate),
    earliestOf(records.assessments, (r) => r.startDate),
    earliestOf(records.s47s, (r) => r.startDate),
    earliestOf(records.cpPlans, (r) => r.startDate),
    earliestOf(records.carePeriods, (r) => r.startDate),
  ].filter((day) => day !== null);
  return candidates.length === 0 ? null : Math.min(...candidates);
}
