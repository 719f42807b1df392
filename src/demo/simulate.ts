/**
 * The day-by-day simulation: referral events for new and returning families, unaccompanied
 * asylum-seeking children, short breaks, and contacts that go no further.
 */
import { addMonths, addYears, type Day, ymd } from '../domain/index.ts';
import { type Route, simulateCare } from './care.ts';
import { SOURCES, UASC_ETHNICITIES } from './codes.ts';
import { drawShared, type Shared, type Tier } from './event.ts';
import { Gauge } from './gauge.ts';
import { carePressure, type OnPlan, type Recorder, recordChild, recordContact } from './journey.ts';
import { emptySim, type Family, type Sim, type SimChild, withDay } from './model.ts';
import { isChild, People, referable } from './people.ts';
import { openGroup, PlanBook } from './plans.ts';
import { Pools } from './pools.ts';
import type { Profile } from './profile.ts';
import { Rng } from './random.ts';
import { Rates } from './rates.ts';

/** Years of care histories simulated before the data starts, so that care is settled. */
const CARE_WARM_UP_YEARS = 18;
/** Years of the full simulation before the data starts, for histories and returning families. */
const FULL_WARM_UP_YEARS = 3;
/** Children referred per referral event, on average (measured from the family model). */
const CHILDREN_PER_EVENT = 1.235;
/** The share of the running referral shortfall made up each day. */
const DEBT_REPAID_PER_DAY = 0.015;

interface Run extends Recorder {
  plans: PlanBook;
  /** Referrals expected so far less referrals made. */
  referralDebt: number;
  people: People;
  pools: Pools;
  rates: Rates;
}

function startRun(seed: number, from: Day, contactsFrom: Day, profile: Profile): Run {
  const rng = new Rng(seed);
  const people = new People(rng.fork(1));
  return {
    rng,
    sim: emptySim(),
    people,
    pools: new Pools(),
    open: { plans: new Gauge(), care: new Gauge() },
    plans: new PlanBook(),
    referralDebt: 0,
    contactsFrom,
    profile,
    rates: new Rates(rng.fork(2), ymd(from)[0], profile),
  };
}

/** Referred children of a family: one of them, or all who can be referred. */
function chooseChildren(rng: Rng, family: Family, day: Day): SimChild[] {
  const eligible = family.children.filter((c) => referable(c, day));
  if (eligible.length <= 1 || rng.chance(0.65)) return eligible.slice(0, 1);
  return eligible;
}

function whoIsReferred(run: Run, day: Day): SimChild[] {
  const { rng, pools } = run;
  const u = rng.next();
  const returning = run.rates.shape(day).returning;
  if (u < returning) {
    const back = pools.pickRecent(rng, day);
    if (back) return back;
  } else if (u < returning + 0.075) {
    const family = pools.pickFrom(pools.pastPlan, rng, day);
    if (family) return chooseChildren(rng, family, day);
  } else if (u < returning + 0.175) {
    const family = pools.pickFrom(pools.older, rng, day);
    if (family) return chooseChildren(rng, family, day);
  } else if (u < returning + 0.375) {
    const child = pools.pickContactOnly(rng, day);
    if (child) return [child];
  }
  const family = run.people.family(day);
  return chooseChildren(rng, family, day);
}

function runEvent(run: Run, children: SimChild[], tier: Tier, day: Day): void {
  const family = children[0]!.family;
  const sh: Shared = drawShared(
    run.rng,
    tier,
    day,
    run.rates.shape(day).within45,
    carePressure(run),
  );
  const hadPlan = family.hadPlan;
  let until = family.openUntil;
  const onPlans: OnPlan[] = [];
  for (const child of children) {
    const out = recordChild(run, child, sh);
    until = Math.max(until, out.until);
    if (out.onPlan) onPlans.push(out.onPlan);
  }
  family.openUntil = until;
  if (onPlans.length > 0) run.plans.add(openGroup(run, family, onPlans, sh.plan?.careFrom ?? null));
  family.lastReferred = children;
  run.pools.referred(family, day);
  if (family.hadPlan && !hadPlan) run.pools.pastPlan.push(family);
}

/** A referral event; returns how many children it referred. */
function referralEvent(run: Run, day: Day): number {
  const children = whoIsReferred(run, day);
  if (children.length === 0) return 0;
  const { tiers, tiersPastPlan } = run.profile;
  const tier = run.rng.weighted(children[0]!.family.hadPlan ? tiersPastPlan : tiers);
  runEvent(run, children, tier, day);
  return children.length;
}

/**
 * The day's referral events: Poisson around the expected number, nudged by the running shortfall
 * so that a year's total stays near the year's volume.
 */
function referralsOn(run: Run, day: Day): void {
  const expected = run.rates.referrals(day);
  const mean = Math.max(0, expected + DEBT_REPAID_PER_DAY * run.referralDebt) / CHILDREN_PER_EVENT;
  const events = run.rng.poisson(mean);
  let referred = 0;
  for (let i = 0; i < events; i++) referred += referralEvent(run, day);
  run.referralDebt += expected - referred;
}

function uascEvent(run: Run, day: Day): void {
  const family = run.people.emptyFamily(day, run.rng.weighted(UASC_ETHNICITIES));
  const child = run.people.child(family, day, (14 + run.rng.next() * 3.4) * 365.25);
  child.gender = run.rng.chance(0.9) ? 'a) Male' : 'b) Female';
  runEvent(run, [child], 'uasc', day);
}

function shortBreaksEvent(run: Run, day: Day): void {
  const family = run.people.emptyFamily(day);
  const child = run.people.child(family, day, (5 + run.rng.next() * 10) * 365.25);
  child.disabled = true;
  runEvent(run, [child], 'shortBreaks', day);
}

/** A contact that goes no further: a known child, a child contacted before, or a new one. */
function otherContact(run: Run, day: Day): void {
  const { rng, people, pools } = run;
  const u = rng.next();
  let child = u < 0.28 ? pools.pickKnown(rng) : u < 0.6 ? pools.pickContacted(rng) : null;
  if (!child || !isChild(child, day)) {
    child = people.family(day, 1).children[0]!;
    pools.contactOnly.push(child);
  }
  recordContact(run, child, day, rng.weighted(SOURCES));
}

/** In the early warm-up years, only periods of care are simulated. */
function careOnlyEvent(run: Run, day: Day): void {
  const child = run.people.family(day, 1).children[0]!;
  const route = run.rng.weighted<Route>([
    ['emergency', 35],
    ['fromPlan', 35],
    ['fromCin', 30],
  ]);
  const { care } = simulateCare(run.rng, child, day, route);
  child.careEnds = withDay(child.careEnds, care.end);
  run.sim.cares.push(care);
  run.open.care.schedule(care.start, care.end);
}

function earlyDay(run: Run, day: Day): void {
  const rng = run.rng;
  run.open.care.advance(day);
  if (rng.chance((run.profile.careStartsPerYear / 365) * carePressure(run)))
    careOnlyEvent(run, day);
  if (rng.chance(run.profile.uascPerYear / 365)) uascEvent(run, day);
  if (rng.chance(run.profile.shortBreaksPerYear / 365)) shortBreaksEvent(run, day);
}

function simulateDay(run: Run, day: Day): void {
  const rng = run.rng;
  run.open.care.advance(day);
  run.open.plans.advance(day);
  run.plans.step(run, day);
  referralsOn(run, day);
  if (rng.chance(run.profile.uascPerYear / 365)) uascEvent(run, day);
  if (rng.chance(run.profile.shortBreaksPerYear / 365)) shortBreaksEvent(run, day);
  if (day < run.contactsFrom) return;
  const referralsToday = run.rates.referrals(day);
  const others = rng.poisson(Math.max(0, run.rates.contacts(day) - referralsToday));
  for (let i = 0; i < others; i++) otherContact(run, day);
}

/** Simulates the council of `profile`'s size from well before `from` up to `asAt`. */
export function simulate(seed: number, from: Day, asAt: Day, profile: Profile): Sim {
  const contactsFrom = addMonths(from, -3);
  const run = startRun(seed, from, contactsFrom, profile);
  const fullFrom = addYears(from, -FULL_WARM_UP_YEARS);
  for (let day = addYears(from, -CARE_WARM_UP_YEARS); day < fullFrom; day++) earlyDay(run, day);
  for (let day = fullFrom; day <= asAt; day++) simulateDay(run, day);
  return run.sim;
}
