/** Lists 1 (contacts), 3 (referrals), 4 (assessments) and 5 (section 47 enquiries). */
import { csvField } from './csv.ts';
import { ukDate } from './dates.ts';
import type { AssessmentRec, ContactRec, ReferralRec, S47Rec } from './model.ts';
import {
  childLine,
  dateAsAt,
  type Extract,
  inOrder,
  type ListSpec,
  teamCells,
  yesNo,
} from './rows-common.ts';

const within = (day: number, x: Extract) => day >= x.from && day <= x.asAt;

export const CONTACTS: ListSpec<ContactRec> = {
  select: (sim, x) =>
    inOrder(
      sim.contacts.filter((c) => within(c.date, x)),
      (c) => c.date,
    ),
  line: (c) => childLine(c.child, c.date, [ukDate(c.date), csvField(c.source)]),
};

export const REFERRALS: ListSpec<ReferralRec> = {
  select: (sim, x) =>
    inOrder(
      sim.referrals.filter((r) => within(r.date, x)),
      (r) => r.date,
    ),
  line: (r) =>
    childLine(r.child, r.date, [
      ukDate(r.date),
      csvField(r.source),
      yesNo(r.nfa),
      String(r.prior12m),
      teamCells(`Assessment ${r.child.family.locality}`, r.child),
    ]),
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
  line: (a, x) => {
    const done = a.authorised <= x.asAt;
    return childLine(a.child, a.start, [
      yesNo(a.child.disabled),
      ukDate(a.start),
      a.start + 7 <= x.asAt || done ? yesNo(a.seen) : '',
      dateAsAt(a.authorised, x.asAt),
      done ? yesNo(a.needsSupport) : '',
      teamCells(`Assessment ${a.child.family.locality}`, a.child),
    ]);
  },
};

/** Enquiries started in the extract, or started before it with their outcome within it. */
export const ENQUIRIES: ListSpec<S47Rec> = {
  select: (sim, x) =>
    inOrder(
      sim.s47s.filter((s) => s.start <= x.asAt && (s.start >= x.from || s.outcome >= x.from)),
      (s) => s.start,
    ),
  line: (s, x) => {
    const known = s.outcome <= x.asAt;
    return childLine(s.child, s.start, [
      yesNo(s.child.disabled),
      ukDate(s.start),
      known ? yesNo(s.icpc === null) : '',
      dateAsAt(s.icpc, x.asAt),
      known && s.icpc !== null ? yesNo(s.plan) : '',
      String(s.prior12m),
      String(s.icpcPrior12m),
      teamCells(`Assessment ${s.child.family.locality}`, s.child),
    ]);
  },
};
