import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { addMonths, dayOf, financialYearOf, weekday } from '../domain/index.ts';
import { isBankHoliday } from './calendar.ts';
import { type DemoCouncil, generateDemo } from './index.ts';

type Row = Record<string, string>;
interface Table {
  rows: Row[];
}

const FULL_YEARS = [2021, 2022, 2023, 2024, 2025];

function day(text: string | undefined): number | null {
  if (!text) return null;
  const [d, m, y] = text.split('/').map(Number) as [number, number, number];
  return dayOf(y, m, d);
}

/** Rows per financial year of the date in `column` (blank dates left out). */
function perYear(rows: Row[], column: string, keep: (r: Row) => boolean = () => true): number[] {
  return FULL_YEARS.map(
    (fy) =>
      rows.filter((r) => {
        const d = day(r[column]);
        return d !== null && financialYearOf(d) === fy && keep(r);
      }).length,
  );
}

/** Rows open on `at`: started on or before it, ending after it or not at all. */
function openOn(
  rows: Row[],
  start: string,
  end: string,
  at: number,
  keep: (r: Row) => boolean = () => true,
) {
  return rows.filter((r) => {
    const e = day(r[end]);
    return keep(r) && day(r[start])! <= at && (e === null || e > at);
  }).length;
}

/** Mondays to Fridays that are not bank holidays, after `a` up to and including `b`. */
function workingDays(a: number, b: number): number {
  let n = 0;
  for (let d = a + 1; d <= b; d++)
    if (weekday(d) !== 0 && weekday(d) !== 6 && !isBankHoliday(d)) n++;
  return n;
}

function expectWithin(values: readonly number[], lo: number, hi: number, what: string): void {
  for (const [i, v] of values.entries()) {
    expect(v >= lo && v <= hi, `${what} in ${FULL_YEARS[i]}-${FULL_YEARS[i]! + 1}: ${v}`).toBe(
      true,
    );
  }
}

const percent = (part: number[], whole: number[]) => part.map((p, i) => (100 * p) / whole[i]!);
const notShortBreaks = (r: Row) => !r["Child's Legal Status"]!.startsWith('f)');
const YEAR_ENDS = FULL_YEARS.map((fy) => dayOf(fy + 1, 3, 31));

let demo: DemoCouncil;
const t: Record<string, Table> = {};

beforeAll(() => {
  demo = generateDemo({ asAt: dayOf(2026, 10, 31) });
  for (const f of demo.files) {
    t[f.name.slice(8, 14)] = {
      rows: Papa.parse<Row>(f.text, { header: true, skipEmptyLines: true }).data,
    };
  }
});

/**
 * The brief's ranges for each full financial year; where it says "about", the band allows about a
 * tenth beyond the range's ends.
 */
describe('generateDemo volumes for each full financial year (2021-22 to 2025-26)', () => {
  it('has 14,000-16,000 contacts and 3,000-3,600 referrals', () => {
    expectWithin(perYear(t['List 1']!.rows, 'Date of Contact'), 14_000, 16_000, 'contacts');
    expectWithin(perYear(t['List 3']!.rows, 'Date of referral'), 3_000, 3_600, 'referrals');
  });

  it('has 3,000-3,400 assessments and 900-1,200 section 47 enquiries', () => {
    expectWithin(
      perYear(t['List 4']!.rows, 'Continuous Assessment Start Date'),
      3_000,
      3_400,
      'assessments',
    );
    const s47 = 'Strategy discussion initiating Section 47 Enquiry Start Date';
    expectWithin(perYear(t['List 5']!.rows, s47), 900, 1_200, 'section 47 enquiries');
  });

  it('holds conferences for about 35-40% of enquiries, about 85% of them starting a plan', () => {
    const rows = t['List 5']!.rows;
    const start = 'Strategy discussion initiating Section 47 Enquiry Start Date';
    const icpc = 'Date of Initial Child Protection Conference';
    const withIcpc = perYear(rows, start, (r) => r[icpc] !== '');
    expectWithin(percent(withIcpc, perYear(rows, start)), 33, 42, 'ICPC share of enquiries');
    const toPlan = perYear(
      rows,
      icpc,
      (r) =>
        r['Did the Initial Child Protection Conference Result in a Child Protection Plan'] ===
        'a) Yes',
    );
    expectWithin(percent(toPlan, perYear(rows, icpc)), 76, 92, 'plan share of ICPCs');
  });

  it('starts about 300 plans a year, about 250-300 open at 31 March, about 20% repeats', () => {
    const rows = t['List 7']!.rows;
    const start = 'Child Protection Plan Start Date';
    const starts = perYear(rows, start);
    expectWithin(starts, 250, 360, 'plans started');
    const open = YEAR_ENDS.map((at) => openOn(rows, start, 'Child Protection Plan End Date', at));
    expectWithin(open, 240, 310, 'plans open at 31 March');
    const repeats = perYear(
      rows,
      start,
      (r) => Number(r['Number of Previous Child Protection Plans']) > 0,
    );
    expectWithin(percent(repeats, starts), 12, 28, 'second or subsequent plans %');
  });

  it('looks after about 380-430 children at 31 March, about 140-180 starting a year, a few on short breaks', () => {
    const rows = t['List 8']!.rows;
    const start = 'Date Started to be Looked After';
    const end = 'Date Ceased to be Looked After';
    expectWithin(
      YEAR_ENDS.map((at) => openOn(rows, start, end, at, notShortBreaks)),
      370,
      440,
      'looked after',
    );
    expectWithin(perYear(rows, start, notShortBreaks), 125, 195, 'started to be looked after');
    const shortBreaks = openOn(rows, start, end, demo.asAt, (r) => !notShortBreaks(r));
    expect(shortBreaks).toBeGreaterThan(0);
    expect(shortBreaks).toBeLessThan(30);
    expect(t['List 9']!.rows.length).toBeGreaterThan(100);
  });
});

describe('generateDemo consistency', () => {
  it('counts in List 3 the same child’s earlier referrals in the 12 months before', () => {
    const byChild = new Map<string, number[]>();
    for (const r of t['List 3']!.rows) {
      const id = r['Child Unique ID']!;
      byChild.set(id, [...(byChild.get(id) ?? []), day(r['Date of referral'])!]);
    }
    const fullHistoryFrom = addMonths(demo.from, 12);
    const wrong: string[] = [];
    let exact = 0;
    for (const r of t['List 3']!.rows) {
      const d = day(r['Date of referral'])!;
      const stated = Number(r['Number of Referrals in Last 12 Months']);
      const earlier = byChild
        .get(r['Child Unique ID']!)!
        .filter((o) => o >= addMonths(d, -12) && o < d).length;
      // Before a year of data is in, earlier referrals may lie before the extract: at least as many.
      const ok = d >= fullHistoryFrom ? stated === earlier : stated >= earlier;
      if (d >= fullHistoryFrom) exact++;
      if (!ok)
        wrong.push(`${r['Child Unique ID']} ${r['Date of referral']}: ${stated} vs ${earlier}`);
    }
    expect(exact).toBeGreaterThan(15_000);
    expect(wrong).toEqual([]);
  });

  it('re-refers 18-24% of children within 12 months', () => {
    const rows = t['List 3']!.rows;
    const dates = new Map<string, number[]>();
    for (const r of rows)
      dates.set(r['Child Unique ID']!, [
        ...(dates.get(r['Child Unique ID']!) ?? []),
        day(r['Date of referral'])!,
      ]);
    const shares = FULL_YEARS.map((fy) => {
      let all = 0;
      let again = 0;
      for (const r of rows) {
        const d = day(r['Date of referral'])!;
        if (financialYearOf(d) !== fy) continue;
        all++;
        const before = dates
          .get(r['Child Unique ID']!)!
          .some((o) => o >= addMonths(d, -12) && o < d);
        if (before || Number(r['Number of Referrals in Last 12 Months']) > 0) again++;
      }
      return (100 * again) / all;
    });
    expectWithin(shares, 18, 24, 're-referrals %');
  });

  it('authorises 80-90% of assessments within 45 working days', () => {
    const shares = FULL_YEARS.map((fy) => {
      let all = 0;
      let inTime = 0;
      for (const r of t['List 4']!.rows) {
        const done = day(r['Continuous Assessment Date of Authorisation']);
        if (done === null || financialYearOf(done) !== fy) continue;
        all++;
        if (workingDays(day(r['Continuous Assessment Start Date'])!, done) <= 45) inTime++;
      }
      return (100 * inTime) / all;
    });
    expectWithin(shares, 80, 90, 'assessments within 45 working days %');
  });

  it('counts in List 5 earlier enquiries and conferences of the same child in the 12 months before', () => {
    const start = 'Strategy discussion initiating Section 47 Enquiry Start Date';
    const rows = t['List 5']!.rows.filter((r) => day(r[start])! >= addMonths(demo.from, 12));
    const all = t['List 5']!.rows;
    const wrong = rows.filter((r) => {
      const d = day(r[start])!;
      const mine = all.filter((o) => o['Child Unique ID'] === r['Child Unique ID']);
      const inYear = (x: number | null) => x !== null && x >= addMonths(d, -12) && x < d;
      const s47s = mine.filter((o) => inYear(day(o[start]))).length;
      const icpcs = mine.filter((o) =>
        inYear(day(o['Date of Initial Child Protection Conference'])),
      ).length;
      return (
        Number(r['Number of Section 47 Enquiries in the last 12 months']) !== s47s ||
        Number(r['Number of ICPCs in the last 12 months']) !== icpcs
      );
    });
    expect(rows.length).toBeGreaterThan(3_000);
    expect(wrong).toEqual([]);
  });

  it('numbers previous plans at least as many as the earlier plans in List 7, one more for each', () => {
    const start = 'Child Protection Plan Start Date';
    const byChild = new Map<string, Row[]>();
    for (const r of t['List 7']!.rows)
      byChild.set(r['Child Unique ID']!, [...(byChild.get(r['Child Unique ID']!) ?? []), r]);
    const wrong: string[] = [];
    for (const plans of byChild.values()) {
      const ordered = plans
        .map((r) => ({
          start: day(r[start])!,
          n: Number(r['Number of Previous Child Protection Plans']),
        }))
        .sort((a, b) => a.start - b.start);
      ordered.forEach((p, i) => {
        if (p.n < i || (i > 0 && p.n !== ordered[i - 1]!.n + 1))
          wrong.push(`${plans[0]!['Child Unique ID']}: ${p.n} at ${i}`);
      });
    }
    expect(wrong).toEqual([]);
  });
});
