/**
 * Per-day tallies over the covered days: prefix sums of events (any run of days in O(1)) and
 * counts of records open on each day (any snapshot in O(1)).
 */
import type { Day } from '../domain/index.ts';

/** The covered days, both inclusive: from the data's start to its "as at" date. */
export interface Span {
  from: Day;
  to: Day;
}

/**
 * Prefix sums of events by date: element `i` counts the events on the span's first `i` days.
 * Only events where `include` is 1 (all when absent) and dated inside the span count.
 */
export function eventPrefix(span: Span, dates: Int32Array, include?: Uint8Array): Int32Array {
  const days = span.to - span.from + 1;
  const prefix = new Int32Array(days + 1);
  for (let i = 0; i < dates.length; i++) {
    const offset = dates[i]! - span.from;
    if (offset >= 0 && offset < days && (include === undefined || include[i] === 1)) {
      prefix[offset + 1]! += 1;
    }
  }
  for (let k = 1; k <= days; k++) prefix[k]! += prefix[k - 1]!;
  return prefix;
}

/**
 * Events counted by date, whatever the span: `counts[k]` events on day `first + k`. For a list
 * of a million-odd records (contacts), kept with its columns, so each computation's prefix sums
 * cost a step a day rather than a step a record.
 */
export interface DayCounts {
  first: Day;
  counts: Int32Array;
}

/** `eventPrefix` of events counted by date: the same prefix sums over the span. */
export function dayCountPrefix(span: Span, { first, counts }: DayCounts): Int32Array {
  const days = span.to - span.from + 1;
  const prefix = new Int32Array(days + 1);
  for (let k = 0; k < days; k++) {
    const at = span.from + k - first;
    prefix[k + 1] = prefix[k]! + (at >= 0 && at < counts.length ? counts[at]! : 0);
  }
  return prefix;
}

/** Events on the days `[start, end]` of the span, from its prefix sums. */
export function eventsIn(prefix: Int32Array, span: Span, start: Day, end: Day): number {
  return prefix[end - span.from + 1]! - prefix[start - span.from]!;
}

/** Collects intervals `[start, end)` and counts, for each covered day, how many are open. */
export interface OpenTally {
  add(start: Day, end: Day): void;
  perDay(): Int32Array;
}

/** An interval is open on day `d` when `start <= d < end`: a record ending on d is not open. */
export function openTally(span: Span): OpenTally {
  const days = span.to - span.from + 1;
  const delta = new Int32Array(days + 1);
  return {
    add(start, end) {
      if (end <= start || start > span.to || end <= span.from) return;
      delta[Math.max(start - span.from, 0)]! += 1;
      if (end <= span.to) delta[end - span.from]! -= 1;
    },
    perDay() {
      const open = new Int32Array(days);
      let running = 0;
      for (let k = 0; k < days; k++) {
        running += delta[k]!;
        open[k] = running;
      }
      return open;
    },
  };
}

/** The value of a per-day tally on a covered day. */
export function onDay(perDay: Int32Array, span: Span, day: Day): number {
  return perDay[day - span.from]!;
}
