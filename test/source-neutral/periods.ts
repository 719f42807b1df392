/** Episodes into periods of care and placements, as a case system reports them in Annex A. */
import type { Episode } from './children.ts';

/** A child's episodes (in date order) grouped into periods: each runs on through X1 endings. */
export function carePeriods(episodes: readonly Episode[]): Episode[][] {
  const periods: Episode[][] = [];
  let open: Episode[] | null = null;
  for (const e of episodes) {
    if (open === null) {
      open = [];
      periods.push(open);
    }
    open.push(e);
    if (e.rec !== 'X1') open = null;
  }
  return periods;
}

/** The day twelve months before `iso`'s next day: the first day of "the last 12 months". */
function yearBefore(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const next = new Date(Date.UTC(y - 1, m - 1, d + 1));
  return next.toISOString().slice(0, 10);
}

/**
 * The placements of one period (each from an episode starting one, RNE S, P, B, T or U, to the
 * next such episode or the period's end) overlapping the 12 months ending on `asAt`.
 */
export function placementsOverlapping(period: readonly Episode[], asAt: string): number {
  const first = yearBefore(asAt);
  const starts = period.filter((e) => 'SPBTU'.includes(e.rne)).map((e) => e.start);
  const end = period.at(-1)?.rec === 'X1' ? undefined : period.at(-1)?.end;
  return starts.filter((start, k) => {
    const until = starts[k + 1] ?? end;
    return start <= asAt && (until === undefined || until > first);
  }).length;
}
