/**
 * Children looked after: `cla_open`, `cla_starts` and `cla_ceased`, from each child's spells of
 * care (care-spells.ts: short breaks only left out, a child's spells never overlapping, so each
 * child counts once on any day).
 */
import type { Context } from './context.ts';
import { onDay, openTally } from './daily.ts';
import { distinctChildrenFlow } from './distinct-flow.ts';
import { type Evaluate, ratePer10k, snapshotCount } from './figure.ts';

/** Children with a spell of care open on each covered day. */
export function lookedAfterPerDay(ctx: Context): Int32Array {
  const spells = ctx.careSpells();
  const tally = openTally(ctx.span);
  for (let i = 0; i < spells.start.length; i++) tally.add(spells.start[i]!, spells.end[i]!);
  return tally.perDay();
}

/** Distinct children with a period of care open at the window's end, short breaks excluded. */
export function claOpen(ctx: Context): Evaluate {
  return snapshotCount(ctx.span, lookedAfterPerDay(ctx));
}

/** `cla_open` per 10,000 children (the population for the window's end). */
export function claRatePer10k(ctx: Context): Evaluate {
  const open = lookedAfterPerDay(ctx);
  return (_start, end) => ratePer10k(onDay(open, ctx.span, end), ctx.populationFor(end));
}

/** Distinct children who started a spell of care in the window. */
export function claStarts(ctx: Context): Evaluate {
  const spells = ctx.careSpells();
  return distinctChildrenFlow(ctx.span, spells.child, spells.start, spells.childCount);
}

/** Distinct children whose spell of care ended in the window (an open one's `OPEN` never is). */
export function claCeased(ctx: Context): Evaluate {
  const spells = ctx.careSpells();
  return distinctChildrenFlow(ctx.span, spells.child, spells.end, spells.childCount);
}
