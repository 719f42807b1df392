/** Snapshot figures from per-day counts of open records (daily.ts `openTally`). */
import { onDay, type Span } from './daily.ts';
import { type Evaluate, percent } from './figure.ts';

/** A snapshot percentage: of the records open on the window's end date (`of`), those in `hits`. */
export function snapshotPercent(span: Span, hits: Int32Array, of: Int32Array): Evaluate {
  return (_start, end) => percent(onDay(hits, span, end), onDay(of, span, end));
}
