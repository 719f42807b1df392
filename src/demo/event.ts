/**
 * What happens after one referral event, drawn once for the children referred together:
 * contact, assessment, section 47, conference, plan and care dates.
 */
import type { Day } from '../domain/index.ts';
import { addWorkingDays, nextWorkingDay } from './calendar.ts';
import type { Route } from './care.ts';
import {
  ABUSE,
  type Abuse,
  NEED_ABSENT,
  NEED_ABUSE,
  NEED_DISABILITY,
  NEEDS,
  SOURCES,
} from './codes.ts';
import type { Rng, Weighted } from './random.ts';

export type Tier =
  | 'nfa'
  | 'close'
  | 'cin'
  | 's47'
  | 'icpc'
  | 'plan'
  | 'care'
  | 'uasc'
  | 'shortBreaks';

/** A plan's start and facts; it ends at a review (see plans.ts). */
export interface PlanDates {
  start: Day;
  initial: Abuse;
  latest: Abuse;
  latestFrom: Day;
  epo: boolean;
  /** The day care is considered, if the children are still on the plan then. */
  careFrom: Day | null;
}

/** The dates and facts shared by the children referred together. */
export interface Shared {
  tier: Tier;
  referral: Day;
  source: string;
  contact: Day;
  assessStart: Day;
  authorised: Day;
  s47: { start: Day; outcome: Day; icpc: Day | null } | null;
  plan: PlanDates | null;
  care: { start: Day; route: Route } | null;
  need: string;
}

function lag(rng: Rng, table: Weighted<readonly [number, number]>): number {
  const [lo, hi] = rng.weighted(table);
  return rng.int(lo, hi);
}

const CONTACT_LAG: Weighted<readonly [number, number]> = [
  [[0, 0], 60],
  [[1, 2], 25],
  [[3, 10], 15],
];
const ASSESS_LAG: Weighted<readonly [number, number]> = [
  [[0, 0], 40],
  [[1, 2], 35],
  [[3, 7], 25],
];
const S47_LAG: Weighted<readonly [number, number]> = [
  [[0, 0], 45],
  [[1, 1], 25],
  [[2, 5], 25],
  [[6, 20], 5],
];
const ICPC_WD: Weighted<readonly [number, number]> = [
  [[5, 9], 10],
  [[10, 15], 65],
  [[16, 20], 18],
  [[21, 25], 7],
];

/** Working days to authorise an assessment: mostly 20-45, a tail beyond. */
export function assessmentWorkingDays(rng: Rng, within45: number): number {
  if (rng.chance(within45)) return Math.min(45, Math.round(rng.triangular(4, 36, 46)));
  return 46 + Math.min(120, Math.round(rng.exponential(16)));
}

function planFor(rng: Rng, start: Day): PlanDates {
  const initial = rng.weighted(ABUSE);
  const changes = rng.chance(0.1);
  return {
    start,
    initial,
    latest: changes ? rng.weighted(ABUSE) : initial,
    latestFrom: changes ? start + rng.int(60, 400) : start,
    epo: rng.chance(0.04),
    careFrom: rng.chance(0.3) ? start + rng.int(30, 400) : null,
  };
}

function s47For(rng: Rng, tier: Tier, referral: Day): Shared['s47'] {
  if (tier !== 's47' && tier !== 'icpc' && tier !== 'plan' && tier !== 'care') return null;
  const start = nextWorkingDay(referral + lag(rng, S47_LAG));
  if (tier === 's47' || tier === 'care') {
    return { start, outcome: addWorkingDays(start, rng.int(5, 20)), icpc: null };
  }
  const icpc = addWorkingDays(start, lag(rng, ICPC_WD));
  return { start, outcome: icpc, icpc };
}

function careFor(rng: Rng, sh: Shared, pressure: number): Shared['care'] {
  switch (sh.tier) {
    case 'care':
      return rng.chance(pressure)
        ? { start: sh.s47!.start + rng.int(0, 7), route: 'emergency' }
        : null;
    case 'cin':
      return rng.chance(0.04 * pressure)
        ? { start: sh.authorised + rng.int(20, 120), route: 'fromCin' }
        : null;
    case 'uasc':
      return { start: sh.referral, route: 'uasc' };
    case 'shortBreaks':
      return { start: sh.authorised + rng.int(30, 150), route: 'shortBreaks' };
    case 'nfa':
    case 'close':
    case 's47':
    case 'icpc':
    case 'plan':
      return null;
    default: {
      const unreachable: never = sh.tier;
      return unreachable;
    }
  }
}

function sourceFor(rng: Rng, tier: Tier): string {
  if (tier === 'uasc') return rng.pick(['6) Police', '5C) LA services - external', '8) Other']);
  if (tier === 'shortBreaks')
    return rng.pick(['3F) Health services - other', '5A) LA services - social care']);
  return rng.weighted(SOURCES);
}

function needFor(rng: Rng, tier: Tier): string {
  if (tier === 'uasc') return NEED_ABSENT;
  if (tier === 'shortBreaks') return NEED_DISABILITY;
  const harm = tier === 's47' || tier === 'icpc' || tier === 'plan' || tier === 'care';
  return harm && rng.chance(0.85) ? NEED_ABUSE : rng.weighted(NEEDS);
}

/**
 * Draws the shared course of a referral event on `referral`; `carePressure` scales the chance
 * of coming into care (see `carePressure` in journey.ts).
 */
export function drawShared(
  rng: Rng,
  tier: Tier,
  referral: Day,
  within45: number,
  carePressure: number,
): Shared {
  const assessStart = nextWorkingDay(referral + lag(rng, ASSESS_LAG));
  const wd = tier === 'uasc' ? rng.int(15, 40) : assessmentWorkingDays(rng, within45);
  const s47 = s47For(rng, tier, referral);
  // Built whole and then completed, not spread: object spread is slow in this hot path.
  const shared: Shared = {
    tier,
    referral,
    source: sourceFor(rng, tier),
    contact: referral - lag(rng, CONTACT_LAG),
    assessStart,
    authorised: addWorkingDays(assessStart, wd),
    s47,
    plan: tier === 'plan' && s47?.icpc ? planFor(rng, s47.icpc) : null,
    care: null,
    need: needFor(rng, tier),
  };
  shared.care = careFor(rng, shared, carePressure);
  return shared;
}
