/**
 * For reference.test.ts: the contact, referral, assessment, section 47 and funnel indicators
 * read plainly from indicators.md, record by record, over the covered days `[s, e]` of a window.
 */
import type { Day, RecordSet, Section47 } from '../domain/index.ts';
import { workingDaysBetween } from './working-days.ts';

export type Figure = [number | null, number | null, number | null];
type Reference = (r: RecordSet, s: Day, e: Day) => Figure;

/** Mid-2021 and mid-2022 estimates; none for mid-2023, so 2023-24 rates are null. */
export const POPULATION: ReadonlyMap<number, number> = new Map([
  [2021, 41_000],
  [2022, 40_500],
]);

function percent(numerator: number, denominator: number): Figure {
  return [denominator === 0 ? null : (100 * numerator) / denominator, numerator, denominator];
}

function count(n: number): Figure {
  return [n, n, null];
}

const inWindow = (day: Day | null, s: Day, e: Day) => day !== null && day >= s && day <= e;

/** The financial year's starting calendar year, from the date's ISO text. */
function financialYear(day: Day): number {
  const [y, m] = new Date(day * 86_400_000).toISOString().split('-').map(Number) as [
    number,
    number,
  ];
  return m >= 4 ? y : y - 1;
}

function median(values: number[]): number | null {
  const sorted = [...values].sort((a, b) => a - b);
  const n = sorted.length;
  if (n === 0) return null;
  return (sorted[(n - 1) >> 1]! + sorted[n >> 1]!) / 2;
}

/** Conferences held in `[s, e]`: the enquiries of each child and ICPC date, grouped. */
function conferences(r: RecordSet, s: Day, e: Day): Section47[][] {
  const held = new Map<string, Section47[]>();
  for (const x of r.s47s.filter((y) => inWindow(y.icpcDate, s, e))) {
    const key = `${x.childId} ${x.icpcDate}`;
    held.set(key, [...(held.get(key) ?? []), x]);
  }
  return [...held.values()];
}

/** Whether `childId` has one of `dates` 0 to 30 days after `day`. */
function within30(dates: { childId: string; day: Day }[], childId: string, day: Day): boolean {
  return dates.some((x) => x.childId === childId && x.day - day >= 0 && x.day - day <= 30);
}

const authorisedIn = (r: RecordSet, s: Day, e: Day) =>
  r.assessments.filter((x) => inWindow(x.authorisedDate, s, e));

export const FRONT_DOOR_REFERENCE: Record<string, Reference> = {
  contacts: (r, s, e) => count(r.contacts.filter((x) => inWindow(x.contactDate, s, e)).length),
  referral_rate_per_10k: (r, s, e) => {
    const n = r.referrals.filter((x) => inWindow(x.referralDate, s, e)).length;
    const population = POPULATION.get(financialYear(e)) ?? null;
    return [population === null ? null : (10_000 * n) / population, n, population];
  },
  referrals_nfa_pct: (r, s, e) => {
    const of = r.referrals.filter((x) => inWindow(x.referralDate, s, e));
    return percent(of.filter((x) => x.nfa === true).length, of.length);
  },
  assessments_completed: (r, s, e) => count(authorisedIn(r, s, e).length),
  assessment_median_wd: (r, s, e) => {
    const durations = authorisedIn(r, s, e).map((x) =>
      Math.max(workingDaysBetween(x.startDate, x.authorisedDate!), 0),
    );
    return [median(durations), null, durations.length];
  },
  assessments_open_over_45wd: (r, _s, e) => {
    const open = r.assessments.filter(
      (x) =>
        x.startDate <= e &&
        (x.authorisedDate === null || x.authorisedDate > e) &&
        workingDaysBetween(x.startDate, e) > 45,
    );
    return count(open.length);
  },
  s47_enquiries: (r, s, e) => count(r.s47s.filter((x) => inWindow(x.startDate, s, e)).length),
  icpcs: (r, s, e) => count(conferences(r, s, e).length),
  icpc_within_15wd_pct: (r, s, e) => {
    const held = conferences(r, s, e);
    const hits = held.filter((c) =>
      c.some(
        (x) => x.icpcDate! >= x.startDate && workingDaysBetween(x.startDate, x.icpcDate!) <= 15,
      ),
    );
    return percent(hits.length, held.length);
  },
  icpc_to_cpp_pct: (r, s, e) => {
    const held = conferences(r, s, e);
    return percent(
      held.filter((c) => c.some((x) => x.icpcResultedInPlan === true)).length,
      held.length,
    );
  },
  contacts_to_referral_pct: (r, s, e) => {
    const of = r.contacts.filter((x) => inWindow(x.contactDate, s, e));
    const later = r.referrals.map((x) => ({ childId: x.childId, day: x.referralDate }));
    return percent(of.filter((x) => within30(later, x.childId, x.contactDate)).length, of.length);
  },
  referrals_to_assessment_pct: (r, s, e) => {
    const of = r.referrals.filter((x) => inWindow(x.referralDate, s, e));
    const later = r.assessments.map((x) => ({ childId: x.childId, day: x.startDate }));
    return percent(of.filter((x) => within30(later, x.childId, x.referralDate)).length, of.length);
  },
  s47_to_icpc_pct: (r, s, e) => {
    const of = r.s47s.filter((x) => inWindow(x.startDate, s, e));
    return percent(of.filter((x) => x.icpcDate !== null).length, of.length);
  },
};
