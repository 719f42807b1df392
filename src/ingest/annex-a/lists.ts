/** The Annex A lists Outturn turns into records (1 to 11), one definition each. */

import { cellCode } from '../code-set.ts';
import { ABUSE_CATEGORY, REFERRAL_SOURCE } from '../code-sets.ts';
import { PLACEMENT_TYPE, REASON_CEASED } from '../code-sets-care.ts';
import {
  ASSESSMENT_FIELDS,
  CARE_PERIOD_FIELDS,
  CONTACT_FIELDS,
  CP_PLAN_FIELDS,
  REFERRAL_FIELDS,
  S47_FIELDS,
} from './fields.ts';
import type { AnnexAList } from './headers.ts';
import { defineList, type ListReader } from './list-reader.ts';
import { adopters, adoptions } from './lists-adoption.ts';
import { careLeavers, cinEpisodes, earlyHelp } from './lists-support.ts';

const contacts = defineList({
  list: 1,
  fields: CONTACT_FIELDS,
  key: 'contactDate',
  target: (records) => records.contacts,
  columns: (session) => session.contactColumns,
  build: (cells, c, childId, contactDate) => ({
    childId,
    contactDate,
    source: cellCode(cells, c.source, REFERRAL_SOURCE),
  }),
});

const referrals = defineList({
  list: 3,
  fields: REFERRAL_FIELDS,
  key: 'referralDate',
  target: (records) => records.referrals,
  build: (cells, c, childId, referralDate) => ({
    childId,
    referralDate,
    source: cellCode(cells, c.source, REFERRAL_SOURCE),
    nfa: cells.yesNo(c.nfa),
    referralsLast12m: cells.count(c.referralsLast12m),
  }),
});

const assessments = defineList({
  list: 4,
  fields: ASSESSMENT_FIELDS,
  key: 'startDate',
  target: (records) => records.assessments,
  build: (cells, c, childId, startDate) => ({
    childId,
    startDate,
    childSeen: cells.yesNo(c.childSeen),
    authorisedDate: cells.date(c.authorisedDate),
    needsSupport: cells.yesNo(c.needsSupport),
  }),
  end: { field: 'authorisedDate', of: (assessment) => assessment.authorisedDate },
});

const s47s = defineList({
  list: 5,
  fields: S47_FIELDS,
  key: 'startDate',
  target: (records) => records.s47s,
  build: (cells, c, childId, startDate) => ({
    childId,
    startDate,
    icpcNotRequired: cells.yesNo(c.icpcNotRequired),
    icpcDate: cells.date(c.icpcDate),
    icpcResultedInPlan: cells.yesNo(c.icpcResultedInPlan),
  }),
  end: { field: 'icpcDate', of: (s47) => s47.icpcDate },
});

const cpPlans = defineList({
  list: 7,
  fields: CP_PLAN_FIELDS,
  key: 'startDate',
  target: (records) => records.cpPlans,
  build: (cells, c, childId, startDate) => ({
    childId,
    startDate,
    endDate: cells.date(c.endDate),
    initialCategory: cellCode(cells, c.initialCategory, ABUSE_CATEGORY),
    latestCategory: cellCode(cells, c.latestCategory, ABUSE_CATEGORY),
    previousPlans: cells.count(c.previousPlans),
  }),
  end: { field: 'endDate', of: (plan) => plan.endDate },
});

const carePeriods = defineList({
  list: 8,
  fields: CARE_PERIOD_FIELDS,
  key: 'startDate',
  target: (records) => records.carePeriods,
  build: (cells, c, childId, startDate) => ({
    childId,
    startDate,
    legalStatusStart: cells.date(c.legalStatusStart),
    legalStatus: cells.legalStatus(c.legalStatus),
    placementsLast12m: cells.count(c.placementsLast12m),
    placementStart: cells.date(c.placementStart),
    endDate: cells.date(c.endDate),
    reasonCeased: cellCode(cells, c.reasonCeased, REASON_CEASED),
    placementType: cellCode(cells, c.placementType, PLACEMENT_TYPE),
  }),
  end: { field: 'endDate', of: (period) => period.endDate },
});

/** The reader for each list, by its number. */
export const LIST_READERS: Partial<Record<AnnexAList, ListReader>> = Object.fromEntries(
  [
    contacts,
    earlyHelp,
    referrals,
    assessments,
    s47s,
    cinEpisodes,
    cpPlans,
    carePeriods,
    careLeavers,
    adoptions,
    adopters,
  ].map((r) => [r.list, r]),
);
