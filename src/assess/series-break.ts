/**
 * Series that replace one another (indicators.md): the old and the new laid on one axis, each
 * period taking the series in force for it — the old before the replacement date, the new from
 * it — with a marked break (`[b]`, and a line never joined across it) and the other series'
 * figure for the same period kept for comparison.
 */
import type { IndicatorDefinition, Point, Series, WindowKind } from '../domain/index.ts';

export interface AxisPoint {
  period: string;
  start: string;
  end: string;
  /** The series in force for the period. */
  source: 'old' | 'new';
  /** The in-force series' point; null when it has none for the period. */
  point: Point | null;
  /** True on the first period of the new series: shown `[b]`. */
  break: boolean;
  /** The other series' point for the period, kept for comparison; null when it has none. */
  other: Point | null;
}

export interface ReplacedSeries {
  window: WindowKind;
  /** `yyyy-mm-dd`: periods starting on or after it take the new series. */
  from: string;
  old: { id: string; title: string };
  new: { id: string; title: string };
  /** Every period either series has, by end date. */
  points: AxisPoint[];
}

function byPeriod(series: Series | undefined, window: WindowKind): Map<string, Point> {
  const points = (series?.points ?? []).filter((p) => p.window === window);
  return new Map(points.map((p) => [p.period, p]));
}

function periodsOf(...maps: Map<string, Point>[]): Point[] {
  const all = new Map<string, Point>();
  for (const map of maps)
    for (const [period, point] of map) all.set(period, all.get(period) ?? point);
  return [...all.values()].sort((a, b) =>
    a.end !== b.end ? (a.end < b.end ? -1 : 1) : a.start < b.start ? -1 : 1,
  );
}

/**
 * Lays the old indicator's series and the one replacing it on one axis for a window kind. Null
 * when `newDef` does not name `oldDef` as the indicator it replaces.
 */
export function layReplaced(
  newDef: IndicatorDefinition,
  newSeries: Series | undefined,
  oldDef: IndicatorDefinition,
  oldSeries: Series | undefined,
  window: WindowKind,
): ReplacedSeries | null {
  const replaces = newDef.replaces;
  if (!replaces || replaces.id !== oldDef.id) return null;
  const olds = byPeriod(oldSeries, window);
  const news = byPeriod(newSeries, window);
  let broken = false;
  const points = periodsOf(olds, news).map(({ period, start, end }): AxisPoint => {
    const source = start >= replaces.from ? 'new' : 'old';
    const [inForce, other] = source === 'new' ? [news, olds] : [olds, news];
    const isBreak = source === 'new' && !broken;
    if (source === 'new') broken = true;
    const point = inForce.get(period) ?? null;
    return { period, start, end, source, point, break: isBreak, other: other.get(period) ?? null };
  });
  return {
    window,
    from: replaces.from,
    old: { id: oldDef.id, title: oldDef.title },
    new: { id: newDef.id, title: newDef.title },
    points,
  };
}
