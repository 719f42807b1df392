/**
 * SSDA903 episodes into spells of care and placements. Short-breaks-only episodes (V3, V4) are
 * left out; a spell runs through each episode ending X1 (the child stayed in care) into the
 * next, and ends with an episode ending any other way, or where the next episode is short breaks
 * only (the child is then no longer counted as looked after). A placement starts with the first
 * episode of a spell and with each episode whose RNE is S, P, B, T or U.
 */
import type { CareEpisode, NewEpisodeReason } from '../domain/index.ts';
import { addPlacement, addSpell, type FoundCare, isShortBreak } from './care-found.ts';
import { inOrder, lastOfEachKey, orderByChildThenDay } from './child-order.ts';
import type { ChildIndex } from './children.ts';
import { OPEN } from './columns.ts';

/** REC meaning another episode began the same day: the period of care goes on. */
const CONTINUES = 'X1';
const NEW_PLACEMENT: ReadonlySet<NewEpisodeReason | null> = new Set(['S', 'P', 'B', 'T', 'U']);

/** A child's episodes, by child: child `c`'s are `start/end[offsets[c] .. offsets[c + 1])`. */
export interface EpisodesByChild {
  offsets: Int32Array;
  start: Int32Array;
  /** `OPEN` when blank. */
  end: Int32Array;
}

interface Sorted {
  order: Int32Array;
  child: Int32Array;
  start: Int32Array;
  end: Int32Array;
}

/** The episodes by child then DECOM, one per child and DECOM (the last row wins). */
function sortEpisodes(list: readonly CareEpisode[], children: ChildIndex): Sorted {
  const child = children.column(list, (e) => e.childId);
  const start = new Int32Array(list.length);
  const end = new Int32Array(list.length);
  list.forEach((e, i) => {
    start[i] = e.startDate;
    end[i] = e.endDate ?? OPEN;
  });
  const order = lastOfEachKey(orderByChildThenDay(child, start, children.count()), child, start);
  return {
    order,
    child: inOrder(child, order),
    start: inOrder(start, order),
    end: inOrder(end, order),
  };
}

/** Episodes grouped by child, for `childCount` children. */
function byChild(sorted: Sorted, childCount: number): EpisodesByChild {
  const offsets = new Int32Array(childCount + 1);
  for (const c of sorted.child) offsets[c + 1]! += 1;
  for (let c = 1; c <= childCount; c++) offsets[c]! += offsets[c - 1]!;
  return { offsets, start: sorted.start, end: sorted.end };
}

/** The spells and placements of the episodes; returns the episodes grouped by child. */
export function addEpisodeCare(
  list: readonly CareEpisode[],
  children: ChildIndex,
  found: FoundCare,
): EpisodesByChild {
  const sorted = sortEpisodes(list, children);
  let spell = -1; // the spell the previous episode left open for the next, if any
  for (let k = 0; k < sorted.order.length; k++) {
    const episode = list[sorted.order[k]!]!;
    if (k > 0 && sorted.child[k] !== sorted.child[k - 1]) spell = -1;
    if (isShortBreak(episode.legalStatus)) {
      if (spell >= 0) found.end[spell] = Math.min(sorted.end[k - 1]!, sorted.start[k]!);
      spell = -1;
      continue;
    }
    const child = sorted.child[k]!;
    const start = sorted.start[k]!;
    if (spell < 0) {
      spell = addSpell(found, { child, start, end: OPEN, fromEpisodes: 1, placementsLast12m: -1 });
      addPlacement(found, spell, start);
    } else if (NEW_PLACEMENT.has(episode.reasonNew)) {
      addPlacement(found, spell, start);
    }
    const continues = episode.reasonEnded === CONTINUES;
    found.end[spell] = continues ? OPEN : sorted.end[k]!;
    if (!continues) spell = -1;
  }
  return byChild(sorted, children.count());
}

/** Whether `[start, end)` overlaps any of child `c`'s episodes (or starts with one). */
export function overlapsEpisodes(
  episodes: EpisodesByChild,
  c: number,
  start: number,
  end: number,
): boolean {
  if (c + 1 >= episodes.offsets.length) return false;
  for (let k = episodes.offsets[c]!; k < episodes.offsets[c + 1]!; k++) {
    const s = episodes.start[k]!;
    if (s === start || (s < end && start < episodes.end[k]!)) return true;
  }
  return false;
}
