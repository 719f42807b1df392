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
import { NONE } from './columns.ts';
import type { Context } from './context.ts';
import { type OpenTally, onDay, openTally } from './daily.ts';
import { type Evaluate, percentOfKnown } from './figure.ts';
import { monthsAfter } from './months.ts';

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

/** Each spell's first day of being long-term (30 months after it began), one per spell. */
function longTermFrom(spellStart: Int32Array): Int32Array {
  return spellStart.map(monthsAfter(LONG_TERM_MONTHS, spellStart));
}

/** Each child's 16th birthday (`NONE` when the date of birth is not known), one per child. */
function sixteenthBirthdays(births: Int32Array): Int32Array {
  const sixteenth = monthsAfter(12 * UNDER, births);
  return births.map((birth) => (birth === NONE ? NONE : sixteenth(birth)));
}

/** Each child, on the days their spell makes them long-term looked after (age aside). */
function addCohort(
  ctx: Context,
  longTerm: Int32Array,
  sixteenth: Int32Array,
  tallies: Tallies,
): void {
  const { child, end } = ctx.careSpells();
  for (let s = 0; s < end.length; s++) {
    const birthday = sixteenth[child[s]!] ?? NONE;
    const until = birthday === NONE ? end[s]! : Math.min(end[s]!, birthday);
    tallies.cohort.add(longTerm[s]!, until);
  }
}

export function claLongTermStabilityPercent(ctx: Context): Evaluate {
  const { placements, start: spellStart } = ctx.careSpells();
  const sixteenth = sixteenthBirthdays(ctx.birthDates());
  const longTerm = longTermFrom(spellStart);
  const asAt = ctx.span.to;
  const tallies = {
    cohort: openTally(ctx.span),
    known: openTally(ctx.span),
    hits: openTally(ctx.span),
  };
  addCohort(ctx, longTerm, sixteenth, tallies);
  const twoYearsOn = monthsAfter(SAME_PLACEMENT_MONTHS, placements.start);
  for (let p = 0; p < placements.start.length; p++) {
    const birthday = sixteenth[placements.child[p]!] ?? NONE;
    if (birthday === NONE) continue;
    const start = placements.start[p]!;
    let from = Math.max(start, longTerm[placements.spell[p]!]!);
    let until = Math.min(placements.end[p]!, birthday);
    if (placements.fromEpisodes[p] === 0)
      [from, until] = [Math.max(from, asAt), Math.min(until, asAt + 1)];
    tallies.known.add(from, until);
    tallies.hits.add(Math.max(from, twoYearsOn(start)), until);
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
