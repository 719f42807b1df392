/**
 * Statistical process control as NHS England's "Making Data Count" sets it: an XmR chart's
 * mean and process limits (mean ± 2.66 × the mean moving range, moving ranges above 3.267 ×
 * their mean screened out), special-cause signals labelled by polarity, and target assurance.
 * Limits can be recalculated from stated dates (a change in practice) or fixed after a baseline.
 */
import type { Polarity } from '../domain/index.ts';
import { outsideLimits, shifts, sides, trends, twoOfThree } from './spc-rules.ts';

/** The fewest points Making Data Count draws limits from; fewer give no judgement. */
export const MIN_POINTS = 12;
const LIMIT = 2.66;
const SCREEN = 3.267;

export interface SpcInput {
  /** `yyyy-mm-dd`: the point's period start, used for recalculation dates. */
  start: string;
  value: number;
}

export interface SpcOptions {
  polarity: Polarity;
  /** The target to judge assurance against; none when absent. */
  target?: number;
  /** Recalculate the mean and limits from the first point starting on or after each date. */
  recalculateFrom?: readonly string[];
  /** Fix each group's mean and limits on its first n points (at least 12). */
  baseline?: number;
}

export type Variation = 'common_cause' | 'improvement' | 'concern' | 'neutral_high' | 'neutral_low';

export type SpcRule = 'outside_limits' | 'two_of_three' | 'shift' | 'trend';

export interface SpcPoint {
  start: string;
  value: number;
  mean: number;
  lower: number;
  upper: number;
  variation: Variation;
  /** The tests the point is part of a signal by; empty for common cause. */
  rules: SpcRule[];
}

/** Whether the process will reliably meet its target, as its limits stand. */
export type Assurance = 'reliably_met' | 'reliably_missed' | 'hit_and_miss';

export interface SpcResult {
  points: SpcPoint[];
  /** The latest point's variation; null with too few points. */
  variation: Variation | null;
  /** Against the target, from the latest limits; null with no target, too few points or neutral. */
  assurance: Assurance | null;
}

interface Limits {
  mean: number;
  lower: number;
  upper: number;
}

const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

/** Mean and limits from the points' values; moving ranges of `SCREEN` × their mean or more dropped. */
export function limitsOf(values: readonly number[]): Limits {
  const centre = mean(values);
  const ranges = values.slice(1).map((v, i) => Math.abs(v - values[i]!));
  const first = ranges.length === 0 ? 0 : mean(ranges);
  const kept = ranges.filter((r) => r < SCREEN * first);
  const spread = kept.length === 0 ? first : mean(kept);
  return { mean: centre, lower: centre - LIMIT * spread, upper: centre + LIMIT * spread };
}

/** Points split where a recalculation date falls: each group has its own mean and limits. */
function groups(points: readonly SpcInput[], from: readonly string[] = []): SpcInput[][] {
  const out: SpcInput[][] = [];
  const dates = [...from].sort();
  let next = 0;
  for (const p of points) {
    let starts = out.length === 0;
    while (next < dates.length && p.start >= dates[next]!) {
      next += 1;
      starts = true;
    }
    if (starts) out.push([]);
    out.at(-1)!.push(p);
  }
  return out;
}

function label(direction: number, polarity: Polarity): Variation {
  if (polarity === 'neutral') return direction > 0 ? 'neutral_high' : 'neutral_low';
  const good = polarity === 'higher_is_better' ? 1 : -1;
  return direction === good ? 'improvement' : 'concern';
}

/** The tests each point is part of, and the direction that judges it (trend: its own). */
function signals(group: readonly SpcInput[], l: Limits) {
  const y = group.map((p) => p.value);
  const side = sides(y, l.mean);
  const outside = outsideLimits(y, l.lower, l.upper);
  const nearWidth = ((2 / 3) * (l.upper - l.lower)) / 2;
  const close = y.map((v, i) => !outside[i] && Math.abs(v - l.mean) > nearWidth);
  const tests: [SpcRule, boolean[]][] = [
    ['outside_limits', outside],
    ['two_of_three', twoOfThree(close, side)],
    ['shift', shifts(side)],
  ];
  const trend = trends(y);
  return y.map((_, i) => {
    const rules = tests.filter(([, marked]) => marked[i]).map(([rule]) => rule);
    if (trend[i] !== 0) rules.push('trend');
    const direction = rules.length === 1 && rules[0] === 'trend' ? trend[i]! : side[i]!;
    return { rules, direction };
  });
}

function judgeGroup(group: readonly SpcInput[], options: SpcOptions): SpcPoint[] {
  const fixed = options.baseline === undefined ? group : group.slice(0, options.baseline);
  const l = limitsOf(fixed.map((p) => p.value));
  const enough = fixed.length >= MIN_POINTS;
  const judged = signals(group, l);
  return group.map((p, i) => {
    const { rules, direction } = judged[i]!;
    const signalled = enough && rules.length > 0 && direction !== 0;
    return {
      start: p.start,
      value: p.value,
      ...l,
      variation: signalled ? label(direction, options.polarity) : 'common_cause',
      rules: enough ? rules : [],
    };
  });
}

function assuranceOf(l: Limits, options: SpcOptions): Assurance | null {
  const { target, polarity } = options;
  if (target === undefined || polarity === 'neutral') return null;
  const higher = polarity === 'higher_is_better';
  if (target > l.upper) return higher ? 'reliably_missed' : 'reliably_met';
  if (target < l.lower) return higher ? 'reliably_met' : 'reliably_missed';
  return 'hit_and_miss';
}

/**
 * An XmR chart of the points in order: each group's mean and limits, every point's variation
 * and the tests behind it, and the latest group's variation and assurance. A point that is part
 * of a signal is improvement or concern by the side of the mean it lies on (a trend alone, by
 * its own direction) and the polarity; neutral indicators say high or low instead.
 */
export function spc(points: readonly SpcInput[], options: SpcOptions): SpcResult {
  const parts = groups(points, options.recalculateFrom);
  const judged = parts.flatMap((g) => judgeGroup(g, options));
  const lastGroup = parts.at(-1) ?? [];
  const lastFixed =
    options.baseline === undefined ? lastGroup : lastGroup.slice(0, options.baseline);
  if (lastFixed.length < MIN_POINTS) return { points: judged, variation: null, assurance: null };
  const last = judged.at(-1)!;
  return { points: judged, variation: last.variation, assurance: assuranceOf(last, options) };
}
