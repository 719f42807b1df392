/** What an indicator computes from: the covered span and the records' columns (record-columns.ts). */
import {
  type ContactColumns,
  contactRecords,
  type Day,
  makeOnRead,
  type RecordSet,
  recordSetCopy,
} from '../domain/index.ts';
import { eventPrefix, type Span } from './daily.ts';
import { type Population, populationLookup } from './population.ts';
import {
  contactColumnsOf,
  type ReaderKeys,
  type RecordColumns,
  recordColumns,
} from './record-columns.ts';

export interface Context extends RecordColumns {
  span: Span;
  /**
   * The records as given, for local indicators' rules (rule.ts); contacts given as columns are
   * made into records the first time a rule asks for them.
   */
  records: RecordSet;
  /** The child population for a window ending on `end` (population.ts); null when none. */
  populationFor(end: Day): number | null;
  /**
   * `eventPrefix` over the span of every event of a column, worked out once per computation
   * (several indicators count the same dates: referrals', authorisations', plans' starts and ends).
   */
  eventPrefix(dates: Int32Array): Int32Array;
}

/**
 * A context whose columns are converted on first use and shared by every indicator (and kept
 * with the records for the next computation over them); all lists intern children into one
 * index, so a child has the same index in every list.
 */
export function contextFor(
  records: RecordSet,
  span: Span,
  given: ReaderKeys & { population?: Population },
): Context {
  const columns = recordColumns(records, given);
  const asColumns = contactColumnsOf(records, given);
  const prefixes = new Map<Int32Array, Int32Array>();
  return {
    ...columns,
    span,
    records: asColumns === null ? records : withContactRecords(records, asColumns),
    populationFor: populationLookup(given.population),
    eventPrefix(dates) {
      let prefix = prefixes.get(dates);
      if (prefix === undefined) {
        prefix = eventPrefix(span, dates);
        prefixes.set(dates, prefix);
      }
      return prefix;
    },
  };
}

/** `records` with contacts made from `columns` when first read. */
function withContactRecords(records: RecordSet, columns: ContactColumns): RecordSet {
  const copy = recordSetCopy(records);
  makeOnRead(copy, 'contacts', () => contactRecords(columns, copy.children));
  return copy;
}
