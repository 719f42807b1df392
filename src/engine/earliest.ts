/** The earliest event date in a record set: the data's start when none is stated. */
import type { Day, RecordSet } from '../domain/index.ts';
import { OPEN } from './columns.ts';
import { dayColumn } from './list-fields.ts';
import type { ReaderKeys } from './record-columns.ts';

/**
 * The earliest contact, referral, assessment start, section 47 start, plan start or care start
 * date; null when there are no such records. Contacts given as columns (read with `records`
 * whose contacts are empty) count too, and lists given packed are read as they are (ReaderKeys).
 */
export function earliestEventDate(
  records: RecordSet,
  given: Pick<ReaderKeys, 'contactColumns' | 'lists'> = {},
): Day | null {
  const packed = given.lists ?? {};
  const columns = [
    dayColumn(records.contacts, 'contactDate', OPEN),
    given.contactColumns?.date ?? new Int32Array(0),
    dayColumn(packed.referrals ?? records.referrals, 'referralDate', OPEN),
    dayColumn(packed.assessments ?? records.assessments, 'startDate', OPEN),
    dayColumn(packed.s47s ?? records.s47s, 'startDate', OPEN),
    dayColumn(packed.cpPlans ?? records.cpPlans, 'startDate', OPEN),
    dayColumn(packed.carePeriods ?? records.carePeriods, 'startDate', OPEN),
  ];
  let earliest = OPEN;
  for (const days of columns)
    for (let i = 0; i < days.length; i++) earliest = Math.min(earliest, days[i]!);
  return earliest === OPEN ? null : earliest;
}
