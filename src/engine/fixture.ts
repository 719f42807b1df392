/** Builders of small synthetic record sets for the engine's tests (no real data). */
import {
  type Assessment,
  type CarePeriod,
  type Contact,
  type Coverage,
  type CpPlan,
  type Day,
  emptyRecordSet,
  type LegalStatus,
  type Point,
  parseIsoDay,
  type RecordSet,
  type Referral,
  type Section47,
  type WindowKind,
} from '../domain/index.ts';
import { computeSeries } from './series.ts';

/** The day of a `yyyy-mm-dd` date written in a test. */
export function day(iso: string): Day {
  const parsed = parseIsoDay(iso);
  if (parsed === null) throw new Error(`not a date: ${iso}`);
  return parsed;
}

function dayOrNull(iso: string | null): Day | null {
  return iso === null ? null : day(iso);
}

export function contact(childId: string, date: string): Contact {
  return { childId, contactDate: day(date), source: null };
}

export function referral(
  childId: string,
  date: string,
  referralsLast12m: number | null = null,
  nfa: boolean | null = null,
): Referral {
  return { childId, referralDate: day(date), source: null, nfa, referralsLast12m };
}

export function assessment(childId: string, start: string, authorised: string | null): Assessment {
  return {
    childId,
    startDate: day(start),
    authorisedDate: dayOrNull(authorised),
    childSeen: null,
    needsSupport: null,
  };
}

/** A section 47 enquiry and its initial conference (blank when `icpc` is null). */
export function s47(
  childId: string,
  start: string,
  icpc: string | null,
  resultedInPlan: boolean | null = null,
): Section47 {
  return {
    childId,
    startDate: day(start),
    icpcNotRequired: icpc === null ? true : null,
    icpcDate: dayOrNull(icpc),
    icpcResultedInPlan: resultedInPlan,
  };
}

export function plan(childId: string, start: string, end: string | null): CpPlan {
  return {
    childId,
    startDate: day(start),
    endDate: dayOrNull(end),
    initialCategory: null,
    latestCategory: null,
    previousPlans: null,
  };
}

export function care(
  childId: string,
  start: string,
  end: string | null,
  legalStatus: LegalStatus | null = 'C2',
): CarePeriod {
  return {
    childId,
    startDate: day(start),
    endDate: dayOrNull(end),
    legalStatus,
    legalStatusStart: null,
    placementsLast12m: null,
    placementStart: null,
    placementType: null,
    reasonCeased: null,
  };
}

export function recordSet(lists: Partial<RecordSet>): RecordSet {
  return { ...emptyRecordSet(), ...lists };
}

export function coverage(from: string, asAt: string): Coverage {
  return { from: day(from), asAt: day(asAt) };
}

/** The points of one indicator for windows of one kind. */
export function pointsOf(
  records: RecordSet,
  indicatorId: string,
  covered: Coverage,
  kind: WindowKind = 'month',
): Point[] {
  const series = computeSeries(records, { coverage: covered, kinds: [kind] });
  return series.find((s) => s.indicatorId === indicatorId)?.points ?? [];
}

/** The point of one indicator for the window with this period label. */
export function pointFor(
  records: RecordSet,
  indicatorId: string,
  covered: Coverage,
  period: string,
  kind: WindowKind = 'month',
): Point | undefined {
  return pointsOf(records, indicatorId, covered, kind).find((p) => p.period === period);
}
