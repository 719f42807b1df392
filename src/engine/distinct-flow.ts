/**
 * Distinct children with an event in the window: an event counts when the child's previous
 * event (if any) is before the window's start. Every event in a window is counted by prefix sums;
 * only "repeat" events (those with an earlier event of the same child) are looked at one by one,
 * and only those in the window, to take away the ones whose previous event is in it too.
 */
import { inOrder } from './child-order.ts';
import { NONE } from './columns.ts';
import { eventPrefix, eventsIn, type Span } from './daily.ts';
import { count, type Evaluate } from './figure.ts';
import { orderByDay } from './order.ts';

interface Repeats {
  /** Repeat events' dates, ascending, and each one's previous event date. */
  date: Int32Array;
  previous: Int32Array;
  /** Prefix sums of `date`, to find a window's repeats. */
  prefix: Int32Array;
}

/** The events inside the span (events outside it never count, or are always earlier). */
function inSpan(span: Span, child: Int32Array, date: Int32Array): [Int32Array, Int32Array] {
  const keep: number[] = [];
  for (let i = 0; i < date.length; i++) {
    if (date[i]! >= span.from && date[i]! <= span.to) keep.push(i);
  }
  return [inOrder(child, keep), inOrder(date, keep)];
}

function repeatsOf(span: Span, child: Int32Array, date: Int32Array, childCount: number): Repeats {
  const latest = new Int32Array(childCount).fill(NONE);
  const order = orderByDay(date);
  const found = { date: [] as number[], previous: [] as number[] };
  for (let k = 0; k < order.length; k++) {
    const i = order[k]!;
    const c = child[i]!;
    if (latest[c] !== NONE) {
      found.date.push(date[i]!);
      found.previous.push(latest[c]!);
    }
    latest[c] = date[i]!;
  }
  const repeatDates = Int32Array.from(found.date);
  return {
    date: repeatDates,
    previous: Int32Array.from(found.previous),
    prefix: eventPrefix(span, repeatDates),
  };
}

/** Distinct children (indexes below `childCount`) with an event dated in the window. */
export function distinctChildrenFlow(
  span: Span,
  child: Int32Array,
  date: Int32Array,
  childCount: number,
): Evaluate {
  const [ownChild, ownDate] = inSpan(span, child, date);
  const all = eventPrefix(span, ownDate);
  const repeats = repeatsOf(span, ownChild, ownDate, childCount);
  return (start, end) => {
    let n = eventsIn(all, span, start, end);
    const first = repeats.prefix[start - span.from]!;
    const last = repeats.prefix[end - span.from + 1]!;
    for (let k = first; k < last; k++) if (repeats.previous[k]! >= start) n -= 1;
    return count(n);
  };
}
