/**
 * Each child's time looked after, short breaks only (V3, V4) left out, as spells that do not
 * overlap, with the placements within them. Where a child's SSDA903 episodes cover a time they
 * are the record of it (care-episodes.ts); Annex A periods of care (and periods read from
 * SSDA903 without their episodes) fill the rest, a V3 or V4 period up to the day its status
 * began (care-found.ts `lookedAfterUntil`). A child's spells that overlap, or start on the
 * same day, are one spell; spells that only meet (one ends the day the next begins) stay two:
 * the child left care and came back. A spell ending before it starts is left out. Periods and
 * episodes are read one per child and start date, the last row winning.
 */
import type { CareEpisode, CarePeriod } from '../domain/index.ts';
import { addEpisodeCare, type EpisodesByChild, overlapsEpisodes } from './care-episodes.ts';
import {
  addPlacement,
  addSpell,
  type FoundCare,
  foundCare,
  lookedAfterUntil,
} from './care-found.ts';
import { inOrder, lastOfEachKey, orderByChildThenDay } from './child-order.ts';
import type { ChildIndex } from './children.ts';
import { OPEN } from './columns.ts';

/** Placements, ordered by child then start; a child's do not overlap. */
export interface PlacementColumns {
  child: Int32Array;
  start: Int32Array;
  /** The child's next placement's start, or the end of the spell read with it (`OPEN`). */
  end: Int32Array;
  /** The (merged) spell each placement is in. */
  spell: Int32Array;
  /**
   * 1 for a placement read from SSDA903 episodes (known on every day it runs); 0 for Annex A's
   * "Start Date of Most Recent Placement", known only as at the extract's date.
   */
  fromEpisodes: Uint8Array;
}

/** The spells as read, before merging (for Annex A's "Number of Placements in the Last 12 months"). */
export interface SpellParts {
  child: Int32Array;
  start: Int32Array;
  end: Int32Array;
  /** 1 for a part read from SSDA903 episodes. */
  fromEpisodes: Uint8Array;
  /** -1 when blank or not Annex A. */
  placementsLast12m: Int32Array;
}

/** Spells of care, ordered by child then start. */
export interface CareSpells {
  child: Int32Array;
  start: Int32Array;
  /** `OPEN` while open. */
  end: Int32Array;
  /** 1 where the spell was read from SSDA903 episodes: every placement in it is known. */
  fromEpisodes: Uint8Array;
  placements: PlacementColumns;
  parts: SpellParts;
  /** Every child index is below it. */
  childCount: number;
}

/**
 * The periods' child indexes, and which to read: one per child and start date (the last row
 * wins), in child then start order.
 */
function periodsByKey(
  periods: readonly CarePeriod[],
  children: ChildIndex,
): [Int32Array, Int32Array] {
  const child = children.column(periods, (p) => p.childId);
  const start = new Int32Array(periods.length);
  for (let i = 0; i < periods.length; i++) start[i] = periods[i]!.startDate;
  const order = orderByChildThenDay(child, start, children.count());
  return [child, lastOfEachKey(order, child, start)];
}

/** Annex A periods (and periods without episodes) not overlapping their child's episodes. */
function addPeriodCare(
  periods: readonly CarePeriod[],
  children: ChildIndex,
  episodes: EpisodesByChild,
  found: FoundCare,
): void {
  const [childOf, read] = periodsByKey(periods, children);
  for (const i of read) {
    const period = periods[i]!;
    const end = lookedAfterUntil(period);
    if (end === null) continue;
    const child = childOf[i]!;
    const { startDate: start, placementStart } = period;
    if (overlapsEpisodes(episodes, child, start, end)) continue;
    const placementsLast12m = period.placementsLast12m ?? -1;
    const spell = addSpell(found, { child, start, end, fromEpisodes: 0, placementsLast12m });
    if (placementStart !== null) addPlacement(found, spell, Math.max(placementStart, start));
  }
}

interface Merged {
  child: number[];
  start: number[];
  end: number[];
  fromEpisodes: number[];
}

/** Whether found spell `i` joins the last merged spell: same child, and overlapping or same start. */
function joins(merged: Merged, child: number, start: number): boolean {
  const last = merged.child.length - 1;
  if (last < 0 || merged.child[last] !== child) return false;
  return start < merged.end[last]! || start === merged.start[last];
}

/**
 * Found spells `[0, split)` and `[split, n)` are each in child then start order: both in that
 * order, the first run's first where they tie.
 */
function mergeRuns(child: Int32Array, start: Int32Array, split: number): Int32Array {
  const order = new Int32Array(child.length);
  let [a, b] = [0, split];
  for (let k = 0; k < order.length; k++) {
    const takeA =
      b >= child.length ||
      (a < split && (child[a]! < child[b]! || (child[a] === child[b] && start[a]! <= start[b]!)));
    order[k] = takeA ? a++ : b++;
  }
  return order;
}

/**
 * The merged spells, and the merged spell of each found spell (-1 when left out). The spells
 * from episodes come first, then those from periods, each run in child then start order.
 */
function mergeSpells(found: FoundCare, fromEpisodes: number): [Merged, Int32Array] {
  const child = found.child.subarray(0, found.spells);
  const start = found.start.subarray(0, found.spells);
  const order = mergeRuns(child, start, fromEpisodes);
  const into = new Int32Array(child.length).fill(-1);
  const merged: Merged = { child: [], start: [], end: [], fromEpisodes: [] };
  for (let k = 0; k < order.length; k++) {
    const i = order[k]!;
    const end = found.end[i]!;
    if (end < start[i]!) continue;
    if (joins(merged, child[i]!, start[i]!)) {
      const last = merged.child.length - 1;
      merged.end[last] = Math.max(merged.end[last]!, end);
      merged.fromEpisodes[last] = merged.fromEpisodes[last]! & found.fromEpisodes[i]!;
    } else {
      merged.child.push(child[i]!);
      merged.start.push(start[i]!);
      merged.end.push(end);
      merged.fromEpisodes.push(found.fromEpisodes[i]!);
    }
    into[i] = merged.child.length - 1;
  }
  return [merged, into];
}

/** The placements kept: read with a spell not left out, and starting before that spell ends. */
function keptPlacements(found: FoundCare, into: Int32Array): number[] {
  const kept: number[] = [];
  for (let i = 0; i < found.placements; i++) {
    const spell = found.placementSpell[i]!;
    if (into[spell]! >= 0 && found.placementStart[i]! < found.end[spell]!) kept.push(i);
  }
  return kept;
}

/**
 * Placements in child then start order, each ending where the child's next begins or the spell
 * it was read with ends (a placement starting the same day as the next is superseded by it).
 */
function placementsOf(found: FoundCare, into: Int32Array, childCount: number): PlacementColumns {
  const kept = keptPlacements(found, into);
  const child = inOrder(found.placementChild, kept);
  const start = inOrder(found.placementStart, kept);
  const order = orderByChildThenDay(child, start, childCount);
  const out = { child: [] as number[], start: [] as number[], end: [] as number[] };
  const spell: number[] = [];
  const fromEpisodes: number[] = [];
  for (let k = 0; k < order.length; k++) {
    const i = order[k]!;
    const readWith = found.placementSpell[kept[i]!]!;
    const j = order[k + 1];
    const next = j !== undefined && child[j] === child[i] ? start[j]! : OPEN;
    const end = Math.min(next, found.end[readWith]!);
    if (end <= start[i]!) continue;
    out.child.push(child[i]!);
    out.start.push(start[i]!);
    out.end.push(end);
    spell.push(into[readWith]!);
    fromEpisodes.push(found.fromEpisodes[readWith]!);
  }
  return {
    child: Int32Array.from(out.child),
    start: Int32Array.from(out.start),
    end: Int32Array.from(out.end),
    spell: Int32Array.from(spell),
    fromEpisodes: Uint8Array.from(fromEpisodes),
  };
}

export function careSpells(
  periods: readonly CarePeriod[],
  episodes: readonly CareEpisode[],
  children: ChildIndex,
): CareSpells {
  const found = foundCare(periods.length + episodes.length);
  const byChild = addEpisodeCare(episodes, children, found);
  const fromEpisodes = found.spells;
  addPeriodCare(periods, children, byChild, found);
  const childCount = children.count();
  const [merged, into] = mergeSpells(found, fromEpisodes);
  return {
    child: Int32Array.from(merged.child),
    start: Int32Array.from(merged.start),
    end: Int32Array.from(merged.end),
    fromEpisodes: Uint8Array.from(merged.fromEpisodes),
    placements: placementsOf(found, into, childCount),
    parts: {
      child: found.child.subarray(0, found.spells),
      start: found.start.subarray(0, found.spells),
      end: found.end.subarray(0, found.spells),
      fromEpisodes: found.fromEpisodes.subarray(0, found.spells),
      placementsLast12m: found.placementsLast12m.subarray(0, found.spells),
    },
    childCount,
  };
}
