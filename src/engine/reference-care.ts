/**
 * For reference.test.ts: the child protection, looked-after and care leaver indicators read
 * plainly from indicators.md (and the catalogue's descriptions), record by record, over the
 * covered days `[s, e]` of a window; and the record details they need, added to a random set.
 */
import {
  addMonths,
  addYears,
  type CarePeriod,
  type CpPlan,
  type Day,
  financialYearOf,
  type RecordSet,
} from '../domain/index.ts';

type Figure = [number | null, number | null, number | null];
type Reference = (r: RecordSet, s: Day, e: Day) => Figure;

const percent = (n: number, d: number): Figure => [d === 0 ? null : (100 * n) / d, n, d];
const count = (n: number): Figure => [n, n, null];
const inWindow = (day: Day | null, s: Day, e: Day) => day !== null && day >= s && day <= e;
const openAt = (start: Day, end: Day | null, d: Day) => start <= d && (end === null || end > d);

function rate(n: number, population: ReadonlyMap<number, number>, end: Day): Figure {
  const p = population.get(financialYearOf(end)) ?? null;
  return [p === null ? null : (10_000 * n) / p, n, p];
}

/** Plans, one per child and start date (the last row wins). */
function plansOf(r: RecordSet): CpPlan[] {
  return [...new Map(r.cpPlans.map((p) => [`${p.childId} ${p.startDate}`, p])).values()];
}

/**
 * A period as time looked after: a V3 or V4 one (short breaks only) up to the day that legal
 * status started, when it started after the period did; otherwise none of it.
 */
function lookedAfterPart(p: CarePeriod): CarePeriod | null {
  if (p.legalStatus !== 'V3' && p.legalStatus !== 'V4') return p;
  const since = p.legalStatusStart;
  if (since === null || since <= p.startDate) return null;
  return { ...p, endDate: p.endDate === null ? since : Math.min(p.endDate, since) };
}

/** Care periods that count: one per child and start date (the last row wins), cut short or
 * left out for short breaks only, not ending before they start. */
function careOf(r: RecordSet): CarePeriod[] {
  const key = (p: CarePeriod) => `${p.childId} ${p.startDate}`;
  const last = new Map(r.carePeriods.map((p, i) => [key(p), i]));
  return r.carePeriods
    .filter((p, i) => last.get(key(p)) === i)
    .map(lookedAfterPart)
    .filter((p): p is CarePeriod => p !== null && (p.endDate === null || p.endDate >= p.startDate));
}

/** Whether another of the child's periods runs from before `day` to after it. */
function runsThrough(care: CarePeriod[], childId: string, day: Day): boolean {
  return care.some(
    (q) => q.childId === childId && q.startDate < day && (q.endDate === null || q.endDate > day),
  );
}

const distinct = (periods: CarePeriod[]) => new Set(periods.map((p) => p.childId)).size;

/** The child's time in care around `day` (periods overlapping, or starting together) begins. */
function continuousSince(care: CarePeriod[], childId: string, day: Day): Day {
  const own = care.filter((p) => p.childId === childId);
  const group = new Set(own.filter((p) => openAt(p.startDate, p.endDate, day)));
  const touches = (p: CarePeriod, q: CarePeriod) =>
    p.startDate === q.startDate ||
    (p.startDate < (q.endDate ?? Infinity) && q.startDate < (p.endDate ?? Infinity));
  for (let grew = true; grew; ) {
    grew = false;
    for (const p of own) {
      if (!group.has(p) && [...group].some((q) => touches(p, q))) {
        group.add(p);
        grew = true;
      }
    }
  }
  return Math.min(...[...group].map((p) => p.startDate));
}

/**
 * The start of the child's placement on `day`: the latest started by then (of two starting the
 * same day, the one read with the later period), if it still runs then.
 */
function placementOn(care: CarePeriod[], childId: string, day: Day): Day | null {
  const rows = care
    .filter((p) => p.childId === childId && p.placementStart !== null)
    .map((p) => ({ start: Math.max(p.placementStart!, p.startDate), end: p.endDate, of: p }))
    .filter((row) => (row.end === null || row.start < row.end) && row.start <= day)
    .sort((a, b) => a.start - b.start || a.of.startDate - b.of.startDate);
  const last = rows.at(-1);
  return last && openAt(last.start, last.end, day) ? last.start : null;
}

function birthOf(r: RecordSet, childId: string): Day | null {
  return r.children.find((c) => c.childId === childId)?.birthDate ?? null;
}

/** Of the known, the hits; all null when none is known but some are not. */
const ofKnown = (hits: number, of: number, unknown: number): Figure =>
  of === 0 && unknown > 0 ? [null, null, null] : percent(hits, of);

/** Annex A only: a child's placement is known on the "as at" date and no other. */
function stability(r: RecordSet, e: Day, asAt: Day): Figure {
  const care = careOf(r);
  let [hits, of, unknown] = [0, 0, 0];
  for (const childId of new Set(
    care.filter((p) => openAt(p.startDate, p.endDate, e)).map((p) => p.childId),
  )) {
    const birth = birthOf(r, childId);
    if (birth !== null && e >= addYears(birth, 16)) continue;
    if (e < addMonths(continuousSince(care, childId, e), 30)) continue;
    const placed = e === asAt ? placementOn(care, childId, e) : null;
    if (birth === null || placed === null) {
      unknown += 1;
      continue;
    }
    of += 1;
    if (e >= addYears(placed, 2)) hits += 1;
  }
  return ofKnown(hits, of, unknown);
}

/** Annex A only: the count of the open period that started last, read at the "as at" date. */
function threePlus(r: RecordSet, e: Day, asAt: Day): Figure {
  const open = careOf(r).filter((p) => openAt(p.startDate, p.endDate, e));
  let [hits, of, unknown] = [0, 0, 0];
  for (const childId of new Set(open.map((p) => p.childId))) {
    const own = open.filter((p) => p.childId === childId);
    const latest = Math.max(...own.map((p) => p.startDate));
    const n = own.filter((p) => p.startDate === latest).at(-1)!.placementsLast12m;
    if (e !== asAt || n === null) {
      unknown += 1;
      continue;
    }
    of += 1;
    if (n >= 3) hits += 1;
  }
  return ofKnown(hits, of, unknown);
}

function leavers(
  r: RecordSet,
  ages: number[],
  hit: (x: RecordSet['careLeavers'][number]) => boolean,
) {
  const latest = [...new Map(r.careLeavers.map((x) => [x.childId, x])).values()].filter(
    (x) => x.inTouch !== 'DIED' && x.inTouch !== 'RHOM',
  );
  return (s: Day, e: Day): Figure => {
    let [hits, of] = [0, 0];
    for (const x of latest) {
      const birth = x.birthDate ?? birthOf(r, x.childId);
      if (birth === null) continue;
      for (const age of ages) {
        if (!inWindow(addYears(birth, age), s, e)) continue;
        of += 1;
        if (hit(x)) hits += 1;
      }
    }
    return percent(hits, of);
  };
}

const eet = (x: RecordSet['careLeavers'][number]) => /^[FP][0-9]$/.test(x.activity ?? '');
const suitable = (x: RecordSet['careLeavers'][number]) =>
  x.accommodationSuitable ?? /^[A-Z]1$/.test(x.accommodation ?? '');

/** The references, for data whose "as at" date is `asAt` and with this population. */
export function careReference(
  asAt: Day,
  population: ReadonlyMap<number, number>,
): Record<string, Reference> {
  const cppOpen = (r: RecordSet, e: Day) =>
    plansOf(r).filter((p) => openAt(p.startDate, p.endDate, e));
  const claOpen = (r: RecordSet, e: Day) =>
    distinct(careOf(r).filter((p) => openAt(p.startDate, p.endDate, e)));
  const starts = (r: RecordSet, s: Day, e: Day) =>
    plansOf(r).filter((p) => inWindow(p.startDate, s, e));
  const earlier = (r: RecordSet, p: CpPlan) =>
    (p.previousPlans ?? 0) > 0 ||
    plansOf(r).some((q) => q.childId === p.childId && q.startDate < p.startDate);
  const within2y = (r: RecordSet, p: CpPlan) =>
    plansOf(r).some(
      (q) =>
        q !== p &&
        q.childId === p.childId &&
        q.endDate !== null &&
        q.endDate <= p.startDate &&
        q.endDate >= addYears(p.startDate, -2),
    );
  return {
    cpp_starts: (r, s, e) => count(starts(r, s, e).length),
    cpp_ends: (r, s, e) => count(plansOf(r).filter((p) => inWindow(p.endDate, s, e)).length),
    cpp_open: (r, _s, e) => count(cppOpen(r, e).length),
    cpp_rate_per_10k: (r, _s, e) => rate(cppOpen(r, e).length, population, e),
    cpp_repeat_pct: (r, s, e) => {
      const of = starts(r, s, e);
      return percent(of.filter((p) => earlier(r, p)).length, of.length);
    },
    cpp_repeat_2y_pct: (r, s, e) => {
      const of = starts(r, s, e);
      return percent(of.filter((p) => within2y(r, p)).length, of.length);
    },
    cpp_ended_2y_plus_pct: (r, s, e) => {
      const of = plansOf(r).filter((p) => inWindow(p.endDate, s, e));
      const long = of.filter((p) => p.endDate! >= addYears(p.startDate, 2));
      return percent(long.length, of.length);
    },
    cpp_open_2y_plus_pct: (r, _s, e) => {
      const of = cppOpen(r, e);
      return percent(of.filter((p) => e >= addYears(p.startDate, 2)).length, of.length);
    },
    cpp_open_15m_plus: (r, _s, e) =>
      count(cppOpen(r, e).filter((p) => e >= addMonths(p.startDate, 15)).length),
    cla_open: (r, _s, e) => count(claOpen(r, e)),
    cla_rate_per_10k: (r, _s, e) => rate(claOpen(r, e), population, e),
    cla_starts: (r, s, e) => {
      const care = careOf(r);
      const started = care.filter(
        (p) => inWindow(p.startDate, s, e) && !runsThrough(care, p.childId, p.startDate),
      );
      return count(distinct(started));
    },
    cla_ceased: (r, s, e) => {
      const care = careOf(r);
      const goesOn = (p: CarePeriod) =>
        runsThrough(care, p.childId, p.endDate!) ||
        care.some(
          (q) =>
            q.childId === p.childId &&
            q.startDate === p.startDate &&
            (q.endDate === null || q.endDate > p.endDate!),
        );
      const ceased = care.filter((p) => inWindow(p.endDate, s, e) && !goesOn(p));
      return count(distinct(ceased));
    },
    cla_3plus_placements_pct: (r, _s, e) => threePlus(r, e, asAt),
    cla_long_term_stability_pct: (r, _s, e) => stability(r, e, asAt),
    care_leavers_eet_17_18_pct: (r, s, e) => leavers(r, [17, 18], eet)(s, e),
    care_leavers_eet_19_21_pct: (r, s, e) => leavers(r, [19, 20, 21], eet)(s, e),
    care_leavers_suitable_accom_17_18_pct: (r, s, e) => leavers(r, [17, 18], suitable)(s, e),
    care_leavers_suitable_accom_19_21_pct: (r, s, e) => leavers(r, [19, 20, 21], suitable)(s, e),
  };
}

const ACTIVITIES = ['F1', 'P2', 'F4', 'P5', 'G4', 'G6', '0', null];
const ACCOMMODATION = ['B', 'D', 'B1', 'S2', 'U', null];
const IN_TOUCH = ['YES', 'NO', 'REFU', 'NREQ', 'DIED', 'RHOM', null];

/**
 * Adds what these indicators read to a random record set: longer plans and periods (a third of
 * those ended run 600 to 1,199 days), previous plans, placement counts and starts, the start of
 * the current legal status, dates of birth (for children 0 to 24 years old) and care leavers. `pick(n)` gives a
 * whole number below `n`.
 */
export function withCareDetails(records: RecordSet, pick: (n: number) => number): RecordSet {
  const base = records.carePeriods[0]?.startDate ?? 0;
  const longer = (start: Day, end: Day | null) =>
    end === null || pick(3) > 0 ? end : start + 600 + pick(600);
  for (const p of records.cpPlans) {
    p.previousPlans = [0, 1, null][pick(3)]!;
    p.endDate = longer(p.startDate, p.endDate);
  }
  for (const p of records.carePeriods) {
    p.endDate = longer(p.startDate, p.endDate);
    p.placementsLast12m = [1, 2, 3, 5, null][pick(5)]!;
    p.placementStart = pick(4) === 0 ? null : p.startDate + pick(900) - 10;
    // the current legal status since: blank, before or on the start, during, or after the end
    p.legalStatusStart = pick(4) === 0 ? null : p.startDate + pick(700) - 50;
  }
  const ids = [...new Set([...records.carePeriods, ...records.cpPlans].map((p) => p.childId))];
  const birth = () => base - 365 * 4 - pick(365 * 20);
  const children = ids.map((childId) => ({
    childId,
    gender: null,
    ethnicity: null,
    birthDate: pick(6) === 0 ? null : birth(),
  }));
  const careLeavers = Array.from({ length: 60 }, () => ({
    childId: pick(2) === 0 ? `L${pick(45)}` : `C${pick(25)}`,
    birthDate: pick(8) === 0 ? null : base - 365 * 16 - pick(365 * 6),
    eligibility: null,
    inTouch: IN_TOUCH[pick(IN_TOUCH.length)]!,
    latestContact: null,
    accommodation: ACCOMMODATION[pick(ACCOMMODATION.length)]!,
    accommodationSuitable: [true, false, null][pick(3)]!,
    activity: ACTIVITIES[pick(ACTIVITIES.length)]!,
    pathwayPlanReview: null,
    uasc: null,
  }));
  return { ...records, children, careLeavers };
}
