/** Lists 1 (contacts), 3 (referrals), 4 (assessments) and 5 (section 47 enquiries). */
import { ukDate } from './dates.ts';
import type { AssessmentRec, ContactRec, ReferralRec, S47Rec } from './model.ts';
import {
  childColumns,
  dateAsAt,
  type Extract,
  inOrder,
  type ListSpec,
  teamColumns,
  yesNo,
} from './rows-common.ts';

const within = (day: number, x: Extract) => day >= x.from && day <= x.asAt;

export const CONTACTS: ListSpec<ContactRec> = {
  select: (sim, x) =>
    inOrder(
      sim.contacts.filter((c) => within(c.date, x)),
      (c) => c.date,
    ),
  row: (c) => childColumns(c.child, c.date).concat(ukDate(c.date), c.source),
};

export const REFERRALS: ListSpec<ReferralRec> = {
  select: (sim, x) =>
    inOrder(
      sim.referrals.filter((r) => within(r.date, x)),
      (r) => r.date,
    ),
  row: (r) =>
    childColumns(r.child, r.date).concat(
      ukDate(r.date),
      r.source,
      yesNo(r.nfa),
      String(r.prior12m),
      teamColumns(`Assessment ${r.child.family.locality}`, r.child),
    ),
};

/** Assessments started in the extract, or started before it and authorised within it. */
export const ASSESSMENTS: ListSpec<AssessmentRec> = {
  select: (sim, x) =>
    inOrder(
      sim.assessments.filter(
        (a) => a.start <= x.asAt && (a.start >= x.from || a.authorised >= x.from),
      ),
      (a) => a.start,
    ),
  row: (a, x) => {
    const done = a.authorised <= x.asAt;
    return childColumns(a.child, a.start).concat(
      yesNo(a.child.disabled),
      ukDate(a.start),
      a.start + 7 <= x.asAt || done ? yesNo(a.seen) : '',
      dateAsAt(a.authorised, x.asAt),
      done ? yesNo(a.needsSupport) : '',
      teamColumns(`Assessment ${a.child.family.locality}`, a.child),
    );
  },
};

/** Enquiries started in the extract, or started before it with their outcome within it. */
export const ENQUIRIES: ListSpec<S47Rec> = {
  select: (sim, x) =>
    inOrder(
      sim.s47s.filter((s) => s.start <= x.asAt && (s.start >= x.from || s.outcome >= x.from)),
      (s) => s.start,
    ),
  row: (s, x) => {
    const known = s.outcome <= x.asAt;
    return childColumns(s.child, s.start).concat(
      yesNo(s.child.disabled),
      ukDate(s.start),
      known ? yesNo(s.icpc === null) : '',
      dateAsAt(s.icpc, x.asAt),
      known && s.icpc !== null ? yesNo(s.plan) : '',
      String(s.prior12m),
      String(s.icpcPrior12m),
      teamColumns(`Assessment ${s.child.family.locality}`, s.child),
    );
  },
};
