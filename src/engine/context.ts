/** What an indicator computes from: the covered span and the records' columns (record-columns.ts). */
import type { ChildKeys, Day, RecordSet } from '../domain/index.ts';
import { eventPrefix, type Span } from './daily.ts';
import { type Population, populationLookup } from './population.ts';
import { type RecordColumns, recordColumns } from './record-columns.ts';

export interface Context extends RecordColumns {
  span: Span;
  /** The records as given, for local indicators' rules (rule.ts). */
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
  {
    population,
    childKeys,
    contactDates,
  }: { population?: Population; childKeys?: ChildKeys; contactDates?: Int32Array },
): Context {
  const columns = recordColumns(records, childKeys, contactDates);
  const prefixes = new Map<Int32Array, Int32Array>();
  return {
    ...columns,
    span,
    records,
    populationFor: populationLookup(population),
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
