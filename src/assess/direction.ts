/**
 * Direction of travel: whether a figure is better, worse or similar than the previous period
 * and the same period last year, following the indicator's polarity. Neutral indicators go up
 * or down instead of better or worse.
 */
import {
  addMonths,
  type IndicatorDefinition,
  isoDay,
  type Point,
  parseIsoDay,
} from '../domain/index.ts';

export type Direction = 'better' | 'worse' | 'similar' | 'up' | 'down' | 'no_comparison';

/** How small a change still counts as similar; both may apply, the wider wins. */
export interface SimilarWithin {
  /** In the indicator's unit (percentage points for percentages). */
  absolute?: number;
  /** A fraction of the earlier figure (0.02 = 2%). */
  relative?: number;
}

/** Percentages within 1 percentage point, other figures within 2%, count as similar. */
export function defaultSimilar(def: IndicatorDefinition): SimilarWithin {
  return def.unit === 'percent' ? { absolute: 1 } : { relative: 0.02 };
}

function width(earlier: number, within: SimilarWithin): number {
  return Math.max(within.absolute ?? 0, Math.abs(earlier) * (within.relative ?? 0));
}

/** The direction from `earlier` to `later` for an indicator of this polarity. */
export function directionOf(
  later: number | null,
  earlier: number | null,
  def: IndicatorDefinition,
  within: SimilarWithin = defaultSimilar(def),
): Direction {
  if (later === null || earlier === null) return 'no_comparison';
  const change = later - earlier;
  if (Math.abs(change) <= width(earlier, within) + 1e-9) return 'similar';
  if (def.polarity === 'neutral') return change > 0 ? 'up' : 'down';
  const better = def.polarity === 'higher_is_better' ? change > 0 : change < 0;
  return better ? 'better' : 'worse';
}

export interface Travel {
  /** The whole point of the same kind just before, and the direction since it. */
  previous: { point: Point | null; direction: Direction };
  /** The point of the same kind starting 12 months earlier, and the direction since it. */
  lastYear: { point: Point | null; direction: Direction };
}

function startOneYearBefore(point: Point): string {
  const start = parseIsoDay(point.start);
  if (start === null) throw new Error(`point with an invalid start date: ${point.start}`);
  return isoDay(addMonths(start, -12));
}

/**
 * Direction of travel of `point` within its series: against the whole point of the same window
 * kind that ends just before it starts, and against the one that starts 12 months before it.
 * Partial points are never compared with.
 */
export function travelOf(
  point: Point,
  points: readonly Point[],
  def: IndicatorDefinition,
  within?: SimilarWithin,
): Travel {
  const sameKind = points.filter((p) => p.window === point.window && !p.partial);
  const previous = sameKind.filter((p) => p.end < point.start).at(-1) ?? null;
  const yearStart = startOneYearBefore(point);
  const lastYear = sameKind.find((p) => p.start === yearStart) ?? null;
  const towards = (earlier: Point | null) =>
    directionOf(point.value, earlier?.value ?? null, def, within);
  return {
    previous: { point: previous, direction: towards(previous) },
    lastYear: { point: lastYear, direction: towards(lastYear) },
  };
}
