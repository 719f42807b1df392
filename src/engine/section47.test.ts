import { describe, expect, it } from 'vitest';
import { coverage, day, pointFor, recordSet, s47 } from './fixture.ts';
import { workingDaysBetween } from './working-days.ts';

const COVERED = coverage('2022-01-01', '2024-12-31');

/** The point of one indicator for a month, from these enquiries. */
function monthOf(id: string, month: string, ...s47s: ReturnType<typeof s47>[]) {
  return pointFor(recordSet({ s47s }), id, COVERED, month);
}

describe('computeSeries: s47_enquiries', () => {
  it('counts enquiries starting in the window, first and last day included', () => {
    const point = monthOf(
      's47_enquiries',
      '2024-05',
      s47('A', '2024-04-30', null),
      s47('B', '2024-05-01', null),
      s47('C', '2024-05-31', '2024-06-10'),
      s47('D', '2024-06-01', null),
    );
    expect(point).toMatchObject({ value: 2, numerator: 2, denominator: null });
  });
});

describe('computeSeries: icpcs', () => {
  it('counts conferences held in the window by their date, not the enquiry start', () => {
    const point = monthOf(
      'icpcs',
      '2024-05',
      s47('A', '2024-04-20', '2024-05-01'), // started in April, held in May: counts
      s47('B', '2024-05-10', '2024-05-31'),
      s47('C', '2024-05-20', '2024-06-01'), // held in June
      s47('D', '2024-04-01', '2024-04-30'), // held in April
      s47('E', '2024-05-02', null), // no conference
    );
    expect(point).toMatchObject({ value: 2, numerator: 2, denominator: null });
  });

  it("counts a child's conference once when two enquiries record it; another child's apart", () => {
    const point = monthOf(
      'icpcs',
      '2024-05',
      s47('A', '2024-04-20', '2024-05-10'),
      s47('A', '2024-05-02', '2024-05-10'),
      s47('B', '2024-05-02', '2024-05-10'),
      s47('A', '2024-05-12', '2024-05-20'), // a later conference of the same child
    );
    expect(point?.value).toBe(3);
  });
});

/** Pairs [start, conference on the 15th working day, on the 16th] across bank holidays. */
const EDGES: [string, string, string, string][] = [
  // Mon 13 May 2024: 14-17 4, 20-24 9, 27 May holiday, 28-31 13, 3 Jun 14, 4 Jun 15
  ['late May 2024', '2024-05-13', '2024-06-04', '2024-06-05'],
  // Mon 11 Dec 2023: 12-15 4, 18-22 9, 25-26 holidays, 27-29 12, 1 Jan holiday, 2-4 Jan 15
  ['Christmas 2023', '2023-12-11', '2024-01-04', '2024-01-05'],
  // Mon 18 Mar 2024: 19-22 4, 25-28 8, Good Friday 29, Easter Monday 1 Apr, 2-5 12, 8-10 15
  ['Easter 2024', '2024-03-18', '2024-04-10', '2024-04-11'],
  // Mon 5 Sep 2022: 6-9 4, 12-16 9, 19 Sep State Funeral, 20-23 13, 26-27 15
  ['the State Funeral', '2022-09-05', '2022-09-27', '2022-09-28'],
  // Tue 25 Apr 2023: 26-28 3, 1 May holiday, 2-5 7, 8 May Coronation, 9-12 11, 15-18 15
  ['the Coronation', '2023-04-25', '2023-05-18', '2023-05-19'],
];

describe('computeSeries: icpc_within_15wd_pct', () => {
  for (const [across, start, fifteenth, sixteenth] of EDGES) {
    it(`counts 15 working days and not 16 across ${across}`, () => {
      expect(workingDaysBetween(day(start), day(fifteenth))).toBe(15);
      expect(workingDaysBetween(day(start), day(sixteenth))).toBe(16);
      const point = monthOf(
        'icpc_within_15wd_pct',
        fifteenth.slice(0, 7), // both conferences are in this month
        s47('A', start, fifteenth),
        s47('B', start, sixteenth),
      );
      expect(point).toMatchObject({ value: 50, numerator: 1, denominator: 2 });
    });
  }

  it('counts a same-day conference (0 working days) as within timescale', () => {
    const point = monthOf('icpc_within_15wd_pct', '2024-03', s47('A', '2024-03-05', '2024-03-05'));
    expect(point).toMatchObject({ value: 100, numerator: 1, denominator: 1 });
  });

  it('counts a conference dated before its enquiry began in the base, never as within', () => {
    // B: 14 working days before; C: Sat 2 Mar 2024 before an enquiry started Sun 3 Mar (0
    // working days apart, yet a day earlier); D: in time, for a share that is not 0 or 100
    const point = monthOf(
      'icpc_within_15wd_pct',
      '2024-03',
      s47('B', '2024-03-20', '2024-03-01'),
      s47('C', '2024-03-03', '2024-03-02'),
      s47('D', '2024-03-01', '2024-03-04'),
    );
    expect(workingDaysBetween(day('2024-03-03'), day('2024-03-02'))).toBe(0);
    expect(point).toMatchObject({ numerator: 1, denominator: 3 });
    expect(point?.value).toBeCloseTo(100 / 3, 12);
  });

  it('counts a conference in time when one of its enquiries began before it, not after', () => {
    const point = monthOf(
      'icpc_within_15wd_pct',
      '2024-03',
      s47('A', '2024-03-04', '2024-03-08'),
      s47('A', '2024-03-11', '2024-03-08'), // a later enquiry recording the same conference
    );
    expect(point).toMatchObject({ value: 100, numerator: 1, denominator: 1 });
  });

  it('counts a conference recorded by two enquiries once, in time when the later one is', () => {
    // 2 Apr to 10 May is over 15 working days; Thu 2 May to Fri 10 May is 6
    const point = monthOf(
      'icpc_within_15wd_pct',
      '2024-05',
      s47('A', '2024-04-02', '2024-05-10'),
      s47('A', '2024-05-02', '2024-05-10'),
      s47('B', '2024-04-02', '2024-05-10'),
    );
    expect(point).toMatchObject({ value: 50, numerator: 1, denominator: 2 });
  });

  it('leaves blank conference dates out and gives null when no conference was held', () => {
    expect(monthOf('icpc_within_15wd_pct', '2024-05', s47('A', '2024-05-02', null))).toEqual(
      expect.objectContaining({ value: null, numerator: 0, denominator: 0 }),
    );
  });
});

describe('computeSeries: icpc_to_cpp_pct', () => {
  it('counts conferences resulting in a plan; no and blank stay in the denominator', () => {
    const point = monthOf(
      'icpc_to_cpp_pct',
      '2024-05',
      s47('A', '2024-05-01', '2024-05-10', true),
      s47('B', '2024-05-01', '2024-05-10', false),
      s47('C', '2024-05-01', '2024-05-10', null),
      s47('D', '2024-05-01', '2024-06-03', true), // held in June
    );
    expect(point).toMatchObject({ numerator: 1, denominator: 3 });
    expect(point?.value).toBeCloseTo(100 / 3, 12);
  });

  it('counts a conference once, resulting in a plan when any of its enquiries says so', () => {
    const point = monthOf(
      'icpc_to_cpp_pct',
      '2024-05',
      s47('A', '2024-04-25', '2024-05-10', null),
      s47('A', '2024-05-02', '2024-05-10', true),
    );
    expect(point).toMatchObject({ value: 100, numerator: 1, denominator: 1 });
  });

  it('gives null, not 0, when no conference was held in the window', () => {
    expect(monthOf('icpc_to_cpp_pct', '2024-05')).toMatchObject({
      value: null,
      numerator: 0,
      denominator: 0,
    });
  });
});
