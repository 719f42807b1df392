/**
 * The simulated truth behind the demo files: children, families and every record with all its
 * dates, future ones included. The lists are views of it at the extract date.
 */
import type { Day, LegalStatus } from '../domain/index.ts';
import type { Abuse } from './codes.ts';

export type Locality = 'North' | 'Central' | 'South';

export interface SimChild {
  id: string;
  /** The number in the id. */
  serial: number;
  gender: 'a) Male' | 'b) Female';
  birth: Day;
  /** The 18th birthday. */
  adult: Day;
  /** The day the child turns 17 and a half: referred before it, assessed before 18. */
  referableUntil: Day;
  disabled: boolean;
  family: Family;
  /** Histories, replaced (never pushed to) so that most children share the empty one. */
  referrals: readonly Day[];
  s47s: readonly Day[];
  icpcs: readonly Day[];
  plans: number;
  careEnds: readonly Day[];
  contactDays: readonly Day[];
}

/** The shared empty history. */
export const NO_DAYS: readonly Day[] = Object.freeze([]);

/** A history with one more day (a copy: histories are shared until they change). */
export function withDay(days: readonly Day[], day: Day): readonly Day[] {
  if (days.length === 0) return [day];
  const out = days.slice();
  out.push(day);
  return out;
}

export interface Family {
  children: SimChild[];
  ethnicity: string;
  locality: Locality;
  /** The day its open cases end; it can be referred again after. */
  openUntil: Day;
  lastReferral: Day;
  lastReferred: readonly SimChild[];
  hadPlan: boolean;
  inRecent: boolean;
}

export interface ContactRec {
  child: SimChild;
  date: Day;
  source: string;
}

export interface ReferralRec {
  child: SimChild;
  date: Day;
  source: string;
  nfa: boolean;
  prior12m: number;
}

export interface AssessmentRec {
  child: SimChild;
  start: Day;
  authorised: Day;
  seen: boolean;
  needsSupport: boolean;
}

export interface S47Rec {
  child: SimChild;
  start: Day;
  /** When the enquiry's outcome was known: the conference, or the decision not to hold one. */
  outcome: Day;
  icpc: Day | null;
  plan: boolean;
  prior12m: number;
  icpcPrior12m: number;
}

export interface CinRec {
  child: SimChild;
  start: Day;
  /** Infinity while it is open with a plan whose end is not yet known. */
  end: Day;
  need: string;
  closure: string;
  /** The child protection plan and the period of care within this episode, if any. */
  plan: { start: Day; end: Day } | null;
  care: { start: Day; end: Day } | null;
}

export interface PlanRec {
  child: SimChild;
  start: Day;
  /** Infinity while the plan is open. */
  end: Day;
  /** Review conferences held. */
  reviews: Day[];
  initial: Abuse;
  latest: Abuse;
  /** When the latest category took over from the initial one. */
  latestFrom: Day;
  previous: number;
  epo: boolean;
}

export interface Placement {
  start: Day;
  type: string;
  provider: string;
  inside: boolean;
}

export interface CareRec {
  child: SimChild;
  start: Day;
  end: Day;
  statuses: { code: LegalStatus; start: Day }[];
  placements: Placement[];
  reason: string;
  need: string;
  permanence: string;
  uasc: boolean;
  /** The child left an earlier period of care within the 12 months before this one. */
  returned: boolean;
  /** Goes missing or absent now and then (older children). */
  missingProne: boolean;
}

export interface Sim {
  contacts: ContactRec[];
  referrals: ReferralRec[];
  assessments: AssessmentRec[];
  s47s: S47Rec[];
  cins: CinRec[];
  plans: PlanRec[];
  cares: CareRec[];
}

export function emptySim(): Sim {
  return {
    contacts: [],
    referrals: [],
    assessments: [],
    s47s: [],
    cins: [],
    plans: [],
    cares: [],
  };
}
