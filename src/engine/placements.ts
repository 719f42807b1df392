/**
 * `cla_3plus_placements_pct`: of children looked after at the end of a year, those with 3 or
 * more placements during it. A child whose spell at the window's end was read from SSDA903
 * episodes has every placement known: those overlapping the window count (open at its start or
 * starting in it). An Annex A period holds only "Number of Placements in the Last 12 months", as
 * at its extract: it is read at the data's "as at" date only (the window's covered end then),
 * from the child's period open then that started last. A child whose number is not known at a
 * window's end (blank, or an earlier window) is left out of both numerator and denominator; when
 * no child's is known but some are looked after, the figure is not known (all null), not "no
 * cases".
 */
import type { CareSpells } from './care-spells.ts';
import { NONE } from './columns.ts';
import type { Context } from './context.ts';
import { type Evaluate, percentOfKnown } from './figure.ts';

/** Enough placements in a year for the measure. */
const MANY = 3;

/** Each child's placements overlapping `[start, end]`, into `counts`. */
function placementsIn(care: CareSpells, start: number, end: number, counts: Int32Array): void {
  const { placements } = care;
  counts.fill(0);
  for (let p = 0; p < placements.start.length; p++) {
    if (placements.start[p]! <= end && placements.end[p]! > start) {
      counts[placements.child[p]!]! += 1;
    }
  }
}

/** Each child's Annex A count from its period open on `day` that started last (-1: none). */
function annexACounts(care: CareSpells, day: number, counts: Int32Array): void {
  const { parts } = care;
  const latest = new Int32Array(counts.length).fill(NONE);
  counts.fill(-1);
  for (let i = 0; i < parts.start.length; i++) {
    const [child, start] = [parts.child[i]!, parts.start[i]!];
    if (parts.fromEpisodes[i] === 1 || start > day || parts.end[i]! <= day) continue;
    if (start < latest[child]!) continue;
    latest[child] = start;
    counts[child] = parts.placementsLast12m[i]!;
  }
}

export function cla3PlusPlacementsPercent(ctx: Context): Evaluate {
  const care = ctx.careSpells();
  const fromEpisodes = new Int32Array(care.childCount);
  const fromAnnexA = new Int32Array(care.childCount);
  return (start, end) => {
    placementsIn(care, start, end, fromEpisodes);
    if (end === ctx.span.to) annexACounts(care, end, fromAnnexA);
    else fromAnnexA.fill(-1);
    let [hits, of, unknown] = [0, 0, 0];
    for (let s = 0; s < care.start.length; s++) {
      if (care.start[s]! > end || care.end[s]! <= end) continue;
      const child = care.child[s]!;
      const known = care.fromEpisodes[s] === 1 ? fromEpisodes[child]! : fromAnnexA[child]!;
      if (known < 0) {
        unknown += 1;
        continue;
      }
      of += 1;
      if (known >= MANY) hits += 1;
    }
    return percentOfKnown(hits, of, unknown);
  };
}
