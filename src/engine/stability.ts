/**
 * `cla_long_term_stability_pct`: of children looked after at the window's end who are under 16
 * then and have been looked after continuously for 2.5 years or more (their spell of care began
 * 30 calendar months or more before), those in the same placement for 2 years or more.
 *
 * A child counts only where their placement on that day is known: from SSDA903 episodes on any
 * day, and from Annex A's "Start Date of Most Recent Placement" only on the extract's date (the
 * data's "as at"), since Annex A does not say where the child was placed before. Children whose
 * placement or date of birth is not known are left out of both numerator and denominator; when
 * every child who might be in the base is left out, the figure is not known (all null), not
 * "no cases".
 */
import { addMonths } from '../domain/index.ts';
import { NONE } from './columns.ts';
import type { Context } from './context.ts';
import { type OpenTally, onDay, openTally } from './daily.ts';
import { type Evaluate, percentOfKnown } from './figure.ts';

/** Looked after continuously this many calendar months, and in one placement this many. */
const LONG_TERM_MONTHS = 30;
const SAME_PLACEMENT_MONTHS = 24;
const UNDER = 16;

interface Tallies {
  /** Children looked after long-term and under 16 (or of unknown age) on each day. */
  cohort: OpenTally;
  /** Of them, those whose age and placement are known. */
  known: OpenTally;
  /** Of those, children in the same placement 2 years or more. */
  hits: OpenTally;
}

/** Each child, on the days their spell makes them long-term looked after (age aside). */
function addCohort(ctx: Context, births: Int32Array, tallies: Tallies): void {
  const { child, start, end } = ctx.careSpells();
  for (let s = 0; s < start.length; s++) {
    const birth = births[child[s]!] ?? NONE;
    const until = birth === NONE ? end[s]! : Math.min(end[s]!, addMonths(birth, 12 * UNDER));
    tallies.cohort.add(addMonths(start[s]!, LONG_TERM_MONTHS), until);
  }
}

export function claLongTermStabilityPercent(ctx: Context): Evaluate {
  const { placements, start: spellStart } = ctx.careSpells();
  const births = ctx.birthDates();
  const asAt = ctx.span.to;
  const tallies = {
    cohort: openTally(ctx.span),
    known: openTally(ctx.span),
    hits: openTally(ctx.span),
  };
  addCohort(ctx, births, tallies);
  for (let p = 0; p < placements.start.length; p++) {
    const birth = births[placements.child[p]!] ?? NONE;
    if (birth === NONE) continue;
    const start = placements.start[p]!;
    let from = Math.max(start, addMonths(spellStart[placements.spell[p]!]!, LONG_TERM_MONTHS));
    let until = Math.min(placements.end[p]!, addMonths(birth, 12 * UNDER));
    if (placements.fromEpisodes[p] === 0)
      [from, until] = [Math.max(from, asAt), Math.min(until, asAt + 1)];
    tallies.known.add(from, until);
    tallies.hits.add(Math.max(from, addMonths(start, SAME_PLACEMENT_MONTHS)), until);
  }
  const [cohort, known, hits] = [
    tallies.cohort.perDay(),
    tallies.known.perDay(),
    tallies.hits.perDay(),
  ];
  return (_start, end) => {
    const of = onDay(known, ctx.span, end);
    return percentOfKnown(onDay(hits, ctx.span, end), of, onDay(cohort, ctx.span, end) - of);
  };
}
