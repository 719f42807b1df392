/**
 * A local indicator's rule: which records it counts, written as data so a council can add an
 * indicator by definition, without touching the engine's core. The engine reads a rule with one
 * generic core (engine/rule.ts); readers check rules against `RECORD_FIELDS` at the edge.
 *
 * @example
 * // Of referrals in the window, those marked "Referral NFA?" = yes, from the police.
 * { list: 'referrals', date: 'referralDate', where: [{ field: 'source', is: ['Police'] }],
 *   hit: [{ field: 'nfa', is: [true] }] }
 */
import type { RecordList } from './record.ts';

/** What a record field holds, as the rule reader checks it. */
export type FieldType = 'day' | 'boolean' | 'text' | 'number';

/** One condition on a record; a rule's conditions must all hold. */
export type Condition =
  /** The field is one of these values (text, number or yes/no). */
  | { field: string; is: readonly (string | number | boolean)[] }
  /** The field is blank (`true`) or not blank (`false`). */
  | { field: string; blank: boolean }
  /** A number field, or the days between two day fields, within bounds (both inclusive). */
  | { field: string; atLeast?: number; atMost?: number }
  | {
      /** The duration from one day field to another; a blank end never satisfies it. */
      between: { from: string; to: string; days: 'working' | 'calendar' };
      atLeast?: number;
      atMost?: number;
    };

export interface Rule {
  /** The records the indicator counts. */
  list: RecordList;
  /** A flow: the day field that places a record in a window. */
  date?: string;
  /** A snapshot: records open at the window's end, between these day fields (blank end: open). */
  open?: { start: string; end: string };
  /** The records counted (for a percentage, its denominator). */
  where?: readonly Condition[];
  /** Percentages only: of the records counted, those that also meet these (the numerator). */
  hit?: readonly Condition[];
}

/** The fields of each list a rule may name, with what they hold (record.ts is the source). */
export const RECORD_FIELDS: Readonly<Record<RecordList, Readonly<Record<string, FieldType>>>> = {
  contacts: { contactDate: 'day', source: 'text' },
  referrals: { referralDate: 'day', source: 'text', nfa: 'boolean', referralsLast12m: 'number' },
  assessments: {
    startDate: 'day',
    authorisedDate: 'day',
    childSeen: 'boolean',
    needsSupport: 'boolean',
  },
  s47s: {
    startDate: 'day',
    icpcNotRequired: 'boolean',
    icpcDate: 'day',
    icpcResultedInPlan: 'boolean',
  },
  cpPlans: {
    startDate: 'day',
    endDate: 'day',
    initialCategory: 'text',
    latestCategory: 'text',
    previousPlans: 'number',
  },
  carePeriods: {
    startDate: 'day',
    endDate: 'day',
    legalStatus: 'text',
    legalStatusStart: 'day',
    placementsLast12m: 'number',
    placementStart: 'day',
    placementType: 'text',
    reasonCeased: 'text',
  },
  careEpisodes: {
    startDate: 'day',
    endDate: 'day',
    reasonNew: 'text',
    legalStatus: 'text',
    placement: 'text',
    reasonEnded: 'text',
    reasonPlaceChange: 'text',
  },
  earlyHelp: { startDate: 'day', completedDate: 'day', organisation: 'text' },
  cinEpisodes: {
    startDate: 'day',
    endDate: 'day',
    primaryNeed: 'text',
    reasonClosed: 'text',
    lastSeen: 'day',
    disability: 'boolean',
  },
  careLeavers: {
    birthDate: 'day',
    eligibility: 'text',
    inTouch: 'text',
    latestContact: 'day',
    accommodation: 'text',
    accommodationSuitable: 'boolean',
    activity: 'text',
    pathwayPlanReview: 'day',
    uasc: 'boolean',
  },
  adoptions: {
    enteredCareDate: 'day',
    familyId: 'text',
    disability: 'boolean',
    decisionDate: 'day',
    placementOrderDate: 'day',
    matchedDate: 'day',
    placedDate: 'day',
    adoptionOrderDate: 'day',
    reversedDate: 'day',
    reasonReversed: 'text',
    ffaPlacedDate: 'day',
  },
  adopters: {
    enquiryDate: 'day',
    familyId: 'text',
    gender: 'text',
    ethnicity: 'text',
    birthDate: 'day',
    disability: 'boolean',
    fosteringForAdoption: 'boolean',
    stage1Start: 'day',
    stage1End: 'day',
    stage2Start: 'day',
    stage2End: 'day',
    applicationDate: 'day',
    approvedDate: 'day',
    matchedDate: 'day',
    placedDate: 'day',
    childrenPlaced: 'number',
    adoptionOrderDate: 'day',
    leftDate: 'day',
    reasonLeft: 'text',
  },
};
