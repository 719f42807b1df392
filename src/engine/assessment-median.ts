/**
 * `assessment_median_wd`: the median working-day duration, start to authorisation, of the
 * assessments authorised in the window. Durations are small whole numbers, so each window's
 * median comes from a histogram of the durations authorised in it (moved from window to window,
 * one histogram for each kind of window): no sort of any records.
 */
import { NONE } from './columns.ts';
import type { Context } from './context.ts';
import { type Evaluate, median } from './figure.ts';
import { workingDaysBetween } from './working-days.ts';

/** Durations of the assessments authorised in the span, ordered by authorisation date. */
interface DatedDurations {
  /** `prefix[k]`: assessments authorised on the span's first `k` days. */
  prefix: Int32Array;
  /** Working-day durations, in authorisation-date order; one before the start counts as 0. */
  durations: Int32Array;
  longest: number;
}

function datedDurations(ctx: Context): DatedDurations {
  const { span } = ctx;
  const cols = ctx.assessments();
  const prefix = ctx.eventPrefix(cols.authorised);
  const durations = new Int32Array(prefix[prefix.length - 1]!);
  const next = prefix.slice(0, prefix.length - 1); // where each day's next duration goes
  let longest = 0;
  for (let i = 0; i < cols.start.length; i++) {
    const authorised = cols.authorised[i]!;
    const offset = authorised - span.from;
    if (authorised === NONE || offset < 0 || offset >= next.length) continue;
    const duration = Math.max(workingDaysBetween(cols.start[i]!, authorised), 0);
    durations[next[offset]!++] = duration;
    if (duration > longest) longest = duration;
  }
  return { prefix, durations, longest };
}

/** The values of ranks `low` and `high` (0-based, `low <= high`) in a histogram of durations. */
function ranked(histogram: Int32Array, low: number, high: number): [number, number] {
  let seen = 0;
  let lowValue = 0;
  for (let value = 0; value < histogram.length; value++) {
    const before = seen;
    seen += histogram[value]!;
    if (before <= low && low < seen) lowValue = value;
    if (high < seen) return [lowValue, value];
  }
  throw new Error('rank beyond the histogram');
}

/**
 * A histogram of the durations `durations[from .. to)`, moved from one window's range to the
 * next by adding and taking away only the durations that differ: windows in turn overlap (a
 * rolling year a month on, a year to date a month longer), so most durations are counted once
 * for many windows rather than once for each.
 */
class DurationHistogram {
  readonly counts: Int32Array;
  private from = 0;
  private to = 0;

  constructor(
    private readonly durations: Int32Array,
    longest: number,
  ) {
    this.counts = new Int32Array(longest + 1);
  }

  /** How many durations moving to `durations[from .. to)` adds or takes away. */
  costOf(from: number, to: number): number {
    if (from >= this.to || to <= this.from) return this.to - this.from + (to - from);
    return Math.abs(from - this.from) + Math.abs(to - this.to);
  }

  moveTo(from: number, to: number): void {
    const { counts, durations } = this;
    if (from >= this.to || to <= this.from) {
      for (let k = this.from; k < this.to; k++) counts[durations[k]!]! -= 1;
      [this.from, this.to] = [from, from];
    }
    for (; this.from < from; this.from++) counts[durations[this.from]!]! -= 1;
    while (this.from > from) counts[durations[--this.from]!]! += 1;
    for (; this.to < to; this.to++) counts[durations[this.to]!]! += 1;
    while (this.to > to) counts[durations[--this.to]!]! -= 1;
  }
}

/**
 * Windows of each kind come in turn, month by month (a month, a rolling year, a year to date …),
 * so a histogram is kept for each, up to this many: a window's range takes the histogram that
 * costs least to move to it, and a new one while there are fewer and none is already there.
 */
const HISTOGRAMS = 5;

class NearestHistograms {
  private readonly histograms: DurationHistogram[] = [];

  constructor(
    private readonly durations: Int32Array,
    private readonly longest: number,
  ) {}

  /** A histogram of `durations[from .. to)`. */
  movedTo(from: number, to: number): DurationHistogram {
    let nearest: DurationHistogram | null = null;
    let least = Number.POSITIVE_INFINITY;
    for (const histogram of this.histograms) {
      const cost = histogram.costOf(from, to);
      if (cost < least) [nearest, least] = [histogram, cost];
    }
    if (nearest === null || (least > 0 && this.histograms.length < HISTOGRAMS)) {
      nearest = new DurationHistogram(this.durations, this.longest);
      this.histograms.push(nearest);
    }
    nearest.moveTo(from, to);
    return nearest;
  }
}

/** The median of `durations[from .. to)`: the middle one, or the mean of the two middle ones. */
function medianOf(histograms: NearestHistograms, from: number, to: number): number {
  const { counts } = histograms.movedTo(from, to);
  const n = to - from;
  const [low, high] = ranked(counts, (n - 1) >> 1, n >> 1);
  return (low + high) / 2;
}

export function assessmentMedian(ctx: Context): Evaluate {
  const { span } = ctx;
  const { prefix, durations, longest } = datedDurations(ctx);
  const histograms = new NearestHistograms(durations, longest);
  return (start, end) => {
    const from = prefix[start - span.from]!;
    const to = prefix[end - span.from + 1]!;
    return median(to > from ? medianOf(histograms, from, to) : null, to - from);
  };
}
