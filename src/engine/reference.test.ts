/**
 * computeSeries against a plain reading of indicators.md, record by record and window by window,
 * on seeded random record sets: the columnar machinery must agree with the definitions.
 */
import { describe, expect, it } from 'vitest';
import {
  addMonths,
  type Day,
  type LegalStatus,
  parseIsoDay,
  type RecordSet,
} from '../domain/index.ts';
import { assessment, care, contact, coverage, plan, recordSet, referral, s47 } from './fixture.ts';
import { careReference, withCareDetails } from './reference-care.ts';
import { FRONT_DOOR_REFERENCE, POPULATION } from './reference-front-door.ts';
import { computeSeries } from './series.ts';
import { workingDaysBetween } from './working-days.ts';

function random(seed: number): (n: number) => number {
  let a = seed;
  return (n) => {
    a = (Math.imul(a, 1_103_515_245) + 12_345) >>> 0;
    return Math.floor(((a >>> 8) / 16_777_216) * n);
  };
}

const BASE = parseIsoDay('2021-01-01')!;
const STATUSES: (LegalStatus | null)[] = ['C2', 'V2', 'V3', 'V4', null];

function isoOf(day: Day): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

function randomRecords(seed: number): RecordSet {
  const pick = random(seed);
  const child = (of = 25) => `C${pick(of)}`;
  const date = () => isoOf(BASE + pick(1300));
  const later = (start: string, span: number) =>
    pick(5) === 0 ? null : isoOf(parseIsoDay(start)! + pick(span) - 5);
  const many = <T>(n: number, make: () => T) => Array.from({ length: n }, make);
  const yesNo = () => [true, false, null][pick(3)]!;
  const referrals = many(300, () =>
    referral(child(150), date(), pick(8) === 0 ? 1 : null, yesNo()),
  );
  // some a few days before or after a referral of the same child, to meet the funnel's edges
  const near =
    <T>(make: (childId: string, on: string) => T) =>
    () => {
      const r = referrals[pick(referrals.length)]!;
      return make(r.childId, isoOf(r.referralDate + pick(40) - 5));
    };
  const records = recordSet({
    contacts: [...many(200, () => contact(child(150), date())), ...many(200, near(contact))],
    referrals,
    s47s: many(120, () => {
      const start = date();
      return s47(child(), start, later(start, 40), yesNo());
    }),
    assessments: [
      ...many(200, () => {
        const start = date();
        return assessment(child(), start, later(start, 90));
      }),
      ...many(
        60,
        near((childId, start) => assessment(childId, start, later(start, 90))),
      ),
    ],
    cpPlans: many(60, () => {
      const start = date();
      return plan(child(), start, later(start, 400));
    }),
    carePeriods: many(60, () => {
      const start = date();
      return care(child(), start, later(start, 400), STATUSES[pick(STATUSES.length)]!);
    }),
  });
  return withCareDetails(records, pick);
}

type Figure = [number | null, number | null, number | null];

function percent(numerator: number, denominator: number): Figure {
  return [denominator === 0 ? null : (100 * numerator) / denominator, numerator, denominator];
}

const inWindow = (day: Day | null, s: Day, e: Day) => day !== null && day >= s && day <= e;
const openAt = (start: Day, end: Day | null, d: Day) => start <= d && (end === null || end > d);

/** Each indicator as indicators.md words it, over the covered days `[s, e]`. */
const REFERENCE: Record<string, (r: RecordSet, s: Day, e: Day) => Figure> = {
  referrals: (r, s, e) => {
    const n = r.referrals.filter((x) => inWindow(x.referralDate, s, e)).length;
    return [n, n, null];
  },
  rereferrals_12m_pct: (r, s, e) => {
    const of = r.referrals.filter((x) => inWindow(x.referralDate, s, e));
    const hits = of.filter(
      (x) =>
        (x.referralsLast12m ?? 0) > 0 ||
        r.referrals.some(
          (y) =>
            y.childId === x.childId &&
            y.referralDate < x.referralDate &&
            y.referralDate >= addMonths(x.referralDate, -12),
        ),
    );
    return percent(hits.length, of.length);
  },
  assessments_within_45wd_pct: (r, s, e) => {
    const of = r.assessments.filter((x) => inWindow(x.authorisedDate, s, e));
    const hits = of.filter(
      (x) =>
        x.authorisedDate! >= x.startDate &&
        workingDaysBetween(x.startDate, x.authorisedDate!) <= 45,
    );
    return percent(hits.length, of.length);
  },
  cpp_open: (r, _s, e) => {
    const n = r.cpPlans.filter((x) => openAt(x.startDate, x.endDate, e)).length;
    return [n, n, null];
  },
  ...FRONT_DOOR_REFERENCE,
  ...careReference(parseIsoDay('2024-03-20')!, POPULATION),
};

describe('computeSeries(records, options) agrees with the definitions read plainly', () => {
  for (const seed of [1, 2, 3, 4, 5]) {
    it(`on random record set ${seed}, for every indicator and window`, () => {
      const records = randomRecords(seed);
      const covered = coverage('2021-06-15', '2024-03-20');
      let compared = 0;
      for (const series of computeSeries(records, { coverage: covered, population: POPULATION })) {
        const reference = REFERENCE[series.indicatorId]!;
        for (const p of series.points) {
          const s = parseIsoDay(p.covers?.start ?? p.start)!;
          const e = parseIsoDay(p.covers?.end ?? p.end)!;
          expect(
            [p.value, p.numerator, p.denominator],
            `${series.indicatorId} ${p.period}`,
          ).toEqual(reference(records, s, e));
          compared += 1;
        }
      }
      expect(compared).toBeGreaterThan(500);
    });
  }
});
