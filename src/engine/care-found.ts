/**
 * Spells of care and placements as the records show them, before a child's overlapping spells
 * are merged (care-spells.ts): typed arrays filled up to `spells` and `placements` entries.
 */
import type { CarePeriod, Day, LegalStatus } from '../domain/index.ts';
import { OPEN } from './columns.ts';

export interface FoundCare {
  /** How many spells, then how many placements, have been added. */
  spells: number;
  placements: number;
  child: Int32Array;
  start: Int32Array;
  end: Int32Array;
  /** 1 for a spell read from SSDA903 episodes, whose placements are all known. */
  fromEpisodes: Uint8Array;
  /** Annex A "Number of Placements in the Last 12 months"; -1 when blank or not Annex A. */
  placementsLast12m: Int32Array;
  placementChild: Int32Array;
  placementStart: Int32Array;
  /** The spell (index into the arrays above) each placement belongs to. */
  placementSpell: Int32Array;
}

/** Room for `capacity` spells and as many placements. */
export function foundCare(capacity: number): FoundCare {
  return {
    spells: 0,
    placements: 0,
    child: new Int32Array(capacity),
    start: new Int32Array(capacity),
    end: new Int32Array(capacity),
    fromEpisodes: new Uint8Array(capacity),
    placementsLast12m: new Int32Array(capacity),
    placementChild: new Int32Array(capacity),
    placementStart: new Int32Array(capacity),
    placementSpell: new Int32Array(capacity),
  };
}

/** Adds a spell and returns its index. */
export function addSpell(
  found: FoundCare,
  spell: { child: number; start: Day; end: Day; fromEpisodes: 0 | 1; placementsLast12m: number },
): number {
  const i = found.spells++;
  found.child[i] = spell.child;
  found.start[i] = spell.start;
  found.end[i] = spell.end;
  found.fromEpisodes[i] = spell.fromEpisodes;
  found.placementsLast12m[i] = spell.placementsLast12m;
  return i;
}

/** Adds a placement starting on `start` in spell `spell`. */
export function addPlacement(found: FoundCare, spell: number, start: Day): void {
  const i = found.placements++;
  found.placementChild[i] = found.child[spell]!;
  found.placementStart[i] = start;
  found.placementSpell[i] = spell;
}

/** V3 and V4: short breaks only, not counted as looked after. */
export function isShortBreak(status: LegalStatus | null): boolean {
  return status === 'V3' || status === 'V4';
}

/**
 * The day a period's time looked after ends (`OPEN` while open), or null when it is short breaks
 * only throughout. A period's legal status is its current one, held since `legalStatusStart`
 * (Annex A "Start date of current legal status"); before that the status is some earlier one,
 * not known to be V3 or V4. So a V3 or V4 period counts as looked after from its start until its
 * status began (or its end, if sooner) — moving onto short breaks only ends it, as an SSDA903
 * episode does — and not at all when that status held from its start or its date is blank.
 */
export function lookedAfterUntil(period: CarePeriod): Day | null {
  const end = period.endDate ?? OPEN;
  if (!isShortBreak(period.legalStatus)) return end;
  const since = period.legalStatusStart;
  if (since === null || since <= period.startDate) return null;
  return Math.min(end, since);
}
