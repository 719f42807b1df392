/**
 * `cla_long_term_stability_pct`: of children looked after at the window's end who are under 16
 * then and have been looked after continuously for 2.5 years or more (their spell of care began
 * 30 calendar months or more before), those in the same placement for 2 years or more. A child
 * counts only where their placement on that day is known (SSDA903 episodes; Annex A's "Start
 * Date of Most Recent Placement" from that date on) and their date of birth is known.
 */
import { shiftMonths } from './calendar.ts';
import { NONE } from './columns.ts';
import type { Context } from './context.ts';
import { openTally } from './daily.ts';
import type { Evaluate } from './figure.ts';
import { snapshotPercent } from './snapshot-figures.ts';

export function claLongTermStabilityPercent(ctx: Context): Evaluate {
  const { placements, start: spellStart } = ctx.careSpells();
  const births = ctx.birthDates();
  const of = openTally(ctx.span);
  const hits = openTally(ctx.span);
  for (let p = 0; p < placements.start.length; p++) {
    const birth = births[placements.child[p]!] ?? NONE;
    if (birth === NONE) continue;
    const start = placements.start[p]!;
    const until = Math.min(placements.end[p]!, shiftMonths(birth, 12 * 16));
    const from = Math.max(start, shiftMonths(spellStart[placements.spell[p]!]!, 30));
    of.add(from, until);
    hits.add(Math.max(from, shiftMonths(start, 24)), until);
  }
  return snapshotPercent(ctx.span, hits.perDay(), of.perDay());
}
