/**
 * The size of the simulated council: yearly volumes, how many are usually on plans and in care,
 * and the shares of referrals by how far they go. `demo` is Northmere, a mid-sized council;
 * `large` is Eastmarch (code 998, fictional too), a large council: about 150,000 contacts and
 * 20,000 referrals a year, ten years by default.
 */
import type { PopulationShape } from './council.ts';
import type { Tier } from './event.ts';
import type { Weighted } from './random.ts';

export type CouncilSize = 'demo' | 'large';

export interface Profile {
  la: { code: string; name: string };
  /** Financial years simulated unless asked otherwise. */
  years: number;
  population: PopulationShape;
  /** Children referred in the first financial year (later years grow slowly). */
  referrals: number;
  /** Contacts in the first financial year, those leading to a referral included. */
  contacts: number;
  /** The usual number of children looked after; entries to care lean towards it. */
  usualCare: number;
  /** The usual number of children on plans; plans end sooner when more are open. */
  usualPlans: number;
  /** Periods of care starting each year in the care-only warm-up years. */
  careStartsPerYear: number;
  uascPerYear: number;
  shortBreaksPerYear: number;
  /** How far a referral goes, for new families and for families who had a plan before. */
  tiers: Weighted<Tier>;
  tiersPastPlan: Weighted<Tier>;
}

/** Families who had a plan before are more often back at that level. */
const TIERS_PAST_PLAN: Weighted<Tier> = [
  ['nfa', 3],
  ['close', 24],
  ['cin', 28],
  ['s47', 18],
  ['icpc', 3],
  ['plan', 22],
  ['care', 2],
];

const DEMO: Profile = {
  la: { code: '999', name: 'Northmere' },
  years: 6,
  population: { first: 59_500, growth: 170, noise: 240 },
  referrals: 3280,
  contacts: 14_700,
  usualCare: 405,
  usualPlans: 285,
  careStartsPerYear: 125,
  uascPerYear: 14,
  shortBreaksPerYear: 4,
  tiers: [
    ['nfa', 4],
    ['close', 37],
    ['cin', 29],
    ['s47', 16.4],
    ['icpc', 1.55],
    ['plan', 7.8],
    ['care', 1.35],
  ],
  tiersPastPlan: TIERS_PAST_PLAN,
};

/**
 * A large council: more contacts per referral, more referrals ending without an assessment and
 * fewer section 47 enquiries per referral than Northmere, and more children coming into care
 * (unaccompanied asylum-seeking children among them).
 */
const LARGE: Profile = {
  la: { code: '998', name: 'Eastmarch' },
  years: 10,
  population: { first: 330_000, growth: 900, noise: 1_300 },
  referrals: 19_300,
  contacts: 143_000,
  usualCare: 4_000,
  usualPlans: 1_350,
  careStartsPerYear: 1_300,
  uascPerYear: 220,
  shortBreaksPerYear: 30,
  tiers: [
    ['nfa', 15],
    ['close', 33],
    ['cin', 30],
    ['s47', 7],
    ['icpc', 1.2],
    ['plan', 5.2],
    ['care', 3.6],
  ],
  tiersPastPlan: TIERS_PAST_PLAN,
};

export const PROFILES: Readonly<Record<CouncilSize, Profile>> = { demo: DEMO, large: LARGE };
