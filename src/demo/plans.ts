/**
 * Plans in progress: reviewed three months after the conference and six-monthly after, ending
 * at a review (more often when many children are on plans), when care starts, or at 18.
 */
import { addMonths, type Day } from '../domain/index.ts';

import {
  carePressure,
  closeCin,
  closingAfter,
  type OnPlan,
  type Recorder,
  recordCare,
} from './journey.ts';
import type { Family } from './model.ts';

/** The children of one conference, on plans together. */
export interface PlanGroup {
  family: Family;
  members: OnPlan[];
  /** The next review conference. */
  next: Day;
  careFrom: Day | null;
  /** The first day anything can happen to the group: review, care or an 18th birthday. */
  due: Day;
}

/** The chance a plan ends at its 1st, 2nd, 3rd ... review. */
const END_AT_REVIEW = [0.15, 0.65, 0.7, 0.6, 0.65];

function reviewDay(rec: Recorder, start: Day, held: number): Day {
  return addMonths(start, 3 + 6 * held) + rec.rng.int(-10, 3);
}

export function openGroup(
  rec: Recorder,
  family: Family,
  members: OnPlan[],
  careFrom: Day | null,
): PlanGroup {
  const next = reviewDay(rec, members[0]!.plan.start, 0);
  const group: PlanGroup = { family, members, next, careFrom, due: next };
  group.due = dueDay(group);
  return group;
}

function dueDay(group: PlanGroup): Day {
  let due = Math.min(group.next, group.careFrom ?? Number.POSITIVE_INFINITY);
  for (const m of group.members) due = Math.min(due, m.plan.child.adult);
  return due;
}

function endMember(rec: Recorder, member: OnPlan, day: Day, intoCare: boolean): void {
  const { plan, cin } = member;
  plan.end = day;
  rec.open.plans.endOn(day);
  const care = intoCare ? recordCare(rec, plan.child, day, 'fromPlan') : null;
  cin.care = care ? care.care : null;
  closeCin(cin, closingAfter(rec.rng, care, day));
  plan.child.family.openUntil = Math.max(plan.child.family.openUntil, cin.end);
}

function endGroup(rec: Recorder, group: PlanGroup, day: Day, intoCare: boolean): void {
  group.family.openUntil = day;
  for (const member of group.members) endMember(rec, member, day, intoCare);
  group.members = [];
}

/** The chance of ending at a review: more when many are on plans, from 21 months never less. */
function endChance(rec: Recorder, held: number): number {
  const pressure = rec.open.plans.pull(rec.profile.usualPlans, -3, 0.5, 2);
  const base = END_AT_REVIEW[Math.min(held, END_AT_REVIEW.length - 1)]!;
  return Math.min(0.95, base * (held >= 3 ? Math.max(1, pressure) : pressure));
}

function review(rec: Recorder, group: PlanGroup, day: Day): void {
  const held = group.members[0]!.plan.reviews.length;
  for (const { plan } of group.members) plan.reviews.push(day);
  if (rec.rng.chance(endChance(rec, held))) endGroup(rec, group, day, false);
  else group.next = reviewDay(rec, group.members[0]!.plan.start, held + 1);
}

/** Two in three considered come into care, more when places are free, fewer when not. */
function considerCare(rec: Recorder, group: PlanGroup, day: Day): void {
  if (rec.rng.chance(Math.min(1, (2 / 3) * carePressure(rec)))) endGroup(rec, group, day, true);
  group.careFrom = null;
}

/** Moves one group on to `day`: care, a review, or a child turning 18. */
function step(rec: Recorder, group: PlanGroup, day: Day): void {
  if (group.careFrom !== null && group.careFrom <= day) considerCare(rec, group, day);
  if (group.members.length > 0 && group.next <= day) review(rec, group, day);
  const adults = group.members.filter((m) => m.plan.child.adult <= day);
  for (const member of adults) endMember(rec, member, day, false);
  if (adults.length > 0) group.members = group.members.filter((m) => !adults.includes(m));
  group.due = dueDay(group);
}

/** The groups on plans, filed by the next day something can happen to them. */
export class PlanBook {
  private readonly byDay = new Map<Day, PlanGroup[]>();

  add(group: PlanGroup): void {
    const due = this.byDay.get(group.due);
    if (due) due.push(group);
    else this.byDay.set(group.due, [group]);
  }

  /** Moves the groups due on `day` on; those still on plans are filed again. */
  step(rec: Recorder, day: Day): void {
    const due = this.byDay.get(day);
    if (!due) return;
    this.byDay.delete(day);
    for (const group of due) {
      step(rec, group, day);
      group.due = Math.max(group.due, day + 1);
      if (group.members.length > 0) this.add(group);
    }
  }
}
