/** The records of one child referred in an event: contact, referral and what followed. */
import { addMonths, type Day } from '../domain/index.ts';
import { type Exit, type Route, simulateCare } from './care.ts';
import { CLOSURE_AFTER_ASSESSMENT, CLOSURE_AFTER_SERVICES } from './codes.ts';

import type { Shared } from './event.ts';
import type { Gauge } from './gauge.ts';
import {
  type CareRec,
  type CinRec,
  type PlanRec,
  type Sim,
  type SimChild,
  withDay,
} from './model.ts';
import type { Profile } from './profile.ts';
import type { Rng } from './random.ts';

/** What the simulation writes to while it runs. */
export interface Recorder {
  rng: Rng;
  sim: Sim;
  /** Plans and periods of care (short breaks aside) open on the current day. */
  open: { plans: Gauge; care: Gauge };
  /** Contacts before this day are not kept: no extract will show them. */
  contactsFrom: Day;
  profile: Profile;
}

/** Above 1 when fewer children than usual are looked after, below 1 when more. */
export function carePressure(rec: Recorder): number {
  return rec.open.care.pull(rec.profile.usualCare, 8, 0.1, 3);
}

/** How many of `days` fall in the 12 months before `day` (on or after, and strictly before). */
export function countInYearBefore(days: readonly Day[], day: Day): number {
  if (days.length === 0) return 0;
  const from = addMonths(day, -12);
  let n = 0;
  for (const d of days) if (d >= from && d < day) n++;
  return n;
}

/** Records a contact unless the child already has one that day. */
export function recordContact(rec: Recorder, child: SimChild, date: Day, source: string): void {
  if (date < rec.contactsFrom || child.contactDays.includes(date)) return;
  child.contactDays = withDay(child.contactDays, date);
  rec.sim.contacts.push({ child, date, source });
}

const CLOSURE_BY_EXIT: Record<Exit, string | null> = {
  adoption: 'RC1) Adopted',
  sgo: 'RC4) Special guardianship order granted',
  cao: 'RC3) Child arrangements order granted',
  home: null,
  eighteen: null,
  other: null,
};

/** A plan opens at the conference; it ends at a review, when care starts, or at 18. */
function recordPlan(rec: Recorder, child: SimChild, sh: Shared): PlanRec | null {
  if (!sh.plan) return null;
  const { start, initial, latest, latestFrom, epo } = sh.plan;
  const plan: PlanRec = {
    child,
    start,
    end: Number.POSITIVE_INFINITY,
    reviews: [],
    initial,
    latest,
    latestFrom,
    epo,
    previous: child.plans,
  };
  child.plans++;
  rec.open.plans.startOn(start);
  child.family.hadPlan = true;
  rec.sim.plans.push(plan);
  return plan;
}

export type CareOutcome = { care: CareRec; exit: Exit } | null;

/** Starts a period of care on `start` unless the child is about to turn 18. */
export function recordCare(rec: Recorder, child: SimChild, start: Day, route: Route): CareOutcome {
  if (start >= child.adult - 14) return null;
  const out = simulateCare(rec.rng, child, start, route);
  child.careEnds = withDay(child.careEnds, out.care.end);
  rec.sim.cares.push(out.care);
  if (route !== 'shortBreaks') rec.open.care.schedule(out.care.start, out.care.end);
  return out;
}

function recordS47(rec: Recorder, child: SimChild, sh: Shared): void {
  if (!sh.s47) return;
  const { start, outcome, icpc } = sh.s47;
  rec.sim.s47s.push({
    child,
    start,
    outcome,
    icpc,
    plan: sh.plan !== null,
    prior12m: countInYearBefore(child.s47s, start),
    icpcPrior12m: countInYearBefore(child.icpcs, start),
  });
  child.s47s = withDay(child.s47s, start);
  if (icpc !== null) child.icpcs = withDay(child.icpcs, icpc);
}

/** When an episode of need with services closes, after care or a plan ended on `day`. */
export function closingAfter(rng: Rng, care: CareOutcome, day: Day): { end: Day; closure: string } {
  if (care) {
    const reason = CLOSURE_BY_EXIT[care.exit];
    if (reason) return { end: care.care.end, closure: reason };
    return { end: care.care.end + rng.int(60, 200), closure: rng.weighted(CLOSURE_AFTER_SERVICES) };
  }
  return { end: day + rng.int(60, 200), closure: rng.weighted(CLOSURE_AFTER_SERVICES) };
}

/** Closes an episode of need on `end`, or on the 18th birthday if that comes first. */
export function closeCin(cin: CinRec, close: { end: Day; closure: string }): void {
  const capped = close.end >= cin.child.adult;
  cin.end = capped ? cin.child.adult : close.end;
  cin.closure = capped ? 'RC7) Case closed - services ceased for any other reason' : close.closure;
}

function closing(rec: Recorder, sh: Shared, care: CareOutcome): { end: Day; closure: string } {
  const rng = rec.rng;
  if (care) return closingAfter(rng, care, care.care.start);
  if (sh.tier === 'close')
    return { end: sh.authorised + rng.int(0, 10), closure: rng.weighted(CLOSURE_AFTER_ASSESSMENT) };
  return { end: sh.authorised + rng.int(60, 330), closure: rng.weighted(CLOSURE_AFTER_SERVICES) };
}

/** The episode of need; left open (ending at Infinity) while the child has a plan. */
function recordCin(rec: Recorder, child: SimChild, sh: Shared, plan: PlanRec | null): CinRec {
  const care = plan || !sh.care ? null : recordCare(rec, child, sh.care.start, sh.care.route);
  const cin: CinRec = {
    child,
    start: sh.referral,
    end: Number.POSITIVE_INFINITY,
    need: sh.need,
    closure: '',
    plan,
    care: care ? care.care : null,
  };
  if (!plan) closeCin(cin, closing(rec, sh, care));
  rec.sim.cins.push(cin);
  return cin;
}

/** A child on a plan, with the episode of need that closes after it. */
export interface OnPlan {
  plan: PlanRec;
  cin: CinRec;
}

/**
 * Records everything for one child of the event; returns the day the child's case closes
 * (Infinity while on a plan) and the plan, if any.
 */
export function recordChild(
  rec: Recorder,
  child: SimChild,
  sh: Shared,
): { until: Day; onPlan: OnPlan | null } {
  recordContact(rec, child, sh.contact, sh.source);
  rec.sim.referrals.push({
    child,
    date: sh.referral,
    source: sh.source,
    nfa: sh.tier === 'nfa',
    prior12m: countInYearBefore(child.referrals, sh.referral),
  });
  child.referrals = withDay(child.referrals, sh.referral);
  if (sh.tier === 'nfa') return { until: sh.referral + 1, onPlan: null };
  rec.sim.assessments.push({
    child,
    start: sh.assessStart,
    authorised: sh.authorised,
    seen: rec.rng.chance(0.97),
    needsSupport: sh.tier !== 'close',
  });
  recordS47(rec, child, sh);
  const plan = recordPlan(rec, child, sh);
  const cin = recordCin(rec, child, sh, plan);
  return { until: cin.end, onPlan: plan ? { plan, cin } : null };
}
