/** What an indicator computes from: the covered span and each list's columns, built once. */
import type { Day, RecordSet } from '../domain/index.ts';
import { birthDateColumn } from './birth-dates.ts';
import { type CareSpells, careSpells } from './care-spells.ts';
import { childIndex } from './children.ts';
import {
  type AssessmentColumns,
  assessmentColumns,
  type ReferralColumns,
  referralColumns,
} from './columns.ts';
import { type ContactColumns, contactColumns } from './contact-columns.ts';
import type { Span } from './daily.ts';
import { type LeaverColumns, leaverColumns } from './leaver-columns.ts';
import { childColumn, flagColumn } from './list-columns.ts';
import { type PlanColumns, planHistoryColumns } from './plan-columns.ts';
import { type Population, populationLookup } from './population.ts';
import { type S47Columns, s47Columns } from './s47-columns.ts';

export interface Context {
  span: Span;
  /** The records as given, for local indicators' rules (rule.ts). */
  records: RecordSet;
  referrals(): ReferralColumns;
  /** 1 per referral (in `referrals()` order) marked "Referral NFA?" = yes. */
  referralNfa(): Uint8Array;
  contacts(): ContactColumns;
  assessments(): AssessmentColumns;
  /** Each assessment's child index (in `assessments()` order). */
  assessmentChildren(): Int32Array;
  s47s(): S47Columns;
  /** Plans by child then start, one per child and start date (plan-columns.ts). */
  cpPlanHistory(): PlanColumns;
  /** Each child's spells of care and placements, short breaks left out (care-spells.ts). */
  careSpells(): CareSpells;
  /** Dates of birth by child index, `NONE` when not known: read with `?? NONE`. */
  birthDates(): Int32Array;
  careLeavers(): LeaverColumns;
  /** The child population for a window ending on `end` (population.ts); null when none. */
  populationFor(end: Day): number | null;
}

/** A function that runs once, on its first call, and then returns the same value. */
function once<T>(make: () => T): () => T {
  let made: { value: T } | null = null;
  return () => {
    made ??= { value: make() };
    return made.value;
  };
}

/**
 * A context whose columns are converted on first use and shared by every indicator; all lists
 * intern children into one index, so a child has the same index in every list.
 */
export function contextFor(records: RecordSet, span: Span, population?: Population): Context {
  const children = childIndex(records.referrals.length + records.carePeriods.length);
  return {
    span,
    records,
    referrals: once(() => referralColumns(records.referrals, children)),
    referralNfa: once(() => flagColumn(records.referrals, (r) => r.nfa === true)),
    contacts: once(() => contactColumns(records.contacts)),
    assessments: once(() => assessmentColumns(records.assessments)),
    assessmentChildren: once(() => childColumn(records.assessments, children)),
    s47s: once(() => s47Columns(records.s47s, children)),
    cpPlanHistory: once(() => planHistoryColumns(records.cpPlans, children)),
    careSpells: once(() => careSpells(records.carePeriods, records.careEpisodes, children)),
    birthDates: once(() => birthDateColumn(records.children, children)),
    careLeavers: once(() => leaverColumns(records.careLeavers, children)),
    populationFor: populationLookup(population),
  };
}
