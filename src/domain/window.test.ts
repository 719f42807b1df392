import { describe, expect, it } from 'vitest';
import { dayOf, isoDay, parseIsoDay } from './day.ts';
import { type CoveredWindow, type WindowKind, windowsFor } from './window.ts';

function coverage(from: string, asAt: string) {
  return { from: parseIsoDay(from)!, asAt: parseIsoDay(asAt)! };
}

function describeWindow(w: CoveredWindow): string {
  const covered = w.partial ? ` partial ${isoDay(w.coveredStart)}..${isoDay(w.coveredEnd)}` : '';
  return `${w.kind} ${w.period} ${isoDay(w.start)}..${isoDay(w.end)}${covered}`;
}

function labels(from: string, asAt: string, kinds: WindowKind[]): string[] {
  return windowsFor(coverage(from, asAt), kinds).map(describeWindow);
}

describe('windowsFor(coverage, kinds): labels and dates', () => {
  const whole = windowsFor(coverage('2023-04-01', '2024-06-30'), [
    'month',
    'quarter',
    'year',
    'ytd',
    'r12',
  ]).map(describeWindow);

  it('labels a month 2024-04', () => {
    expect(whole).toContain('month 2024-04 2024-04-01..2024-04-30');
  });

  it('labels financial quarters 2024-25 Q1 and 2023-24 Q4', () => {
    expect(whole).toContain('quarter 2024-25 Q1 2024-04-01..2024-06-30');
    expect(whole).toContain('quarter 2023-24 Q4 2024-01-01..2024-03-31');
  });

  it('labels a financial year 2023-24, and marks 2024-25 partial as it is in progress', () => {
    expect(whole).toContain('year 2023-24 2023-04-01..2024-03-31');
    expect(whole).toContain('year 2024-25 2024-04-01..2025-03-31 partial 2024-04-01..2024-06-30');
  });

  it('labels year to date 2024-25 to 2024-06 and rolling 12 months 12m to 2024-06', () => {
    expect(whole).toContain('ytd 2024-25 to 2024-06 2024-04-01..2024-06-30');
    expect(whole).toContain('r12 12m to 2024-06 2023-07-01..2024-06-30');
  });

  it('marks rolling 12 months reaching before the data start as partial', () => {
    expect(whole).toContain(
      'r12 12m to 2023-04 2022-05-01..2023-04-30 partial 2023-04-01..2023-04-30',
    );
    expect(whole).toContain('r12 12m to 2024-03 2023-04-01..2024-03-31');
  });
});

describe('windowsFor(coverage, kinds): coverage edges', () => {
  it('marks the windows cut by the data start and by the as-at date as partial', () => {
    expect(labels('2024-04-15', '2024-06-20', ['month'])).toEqual([
      'month 2024-04 2024-04-01..2024-04-30 partial 2024-04-15..2024-04-30',
      'month 2024-05 2024-05-01..2024-05-31',
      'month 2024-06 2024-06-01..2024-06-30 partial 2024-06-01..2024-06-20',
    ]);
  });

  it('includes the quarter and the year in progress, but no later quarter', () => {
    expect(labels('2024-04-01', '2024-08-10', ['quarter', 'year'])).toEqual([
      'quarter 2024-25 Q1 2024-04-01..2024-06-30',
      'quarter 2024-25 Q2 2024-07-01..2024-09-30 partial 2024-07-01..2024-08-10',
      'year 2024-25 2024-04-01..2025-03-31 partial 2024-04-01..2024-08-10',
    ]);
  });

  it('orders windows by end date, then by kind', () => {
    expect(labels('2024-05-01', '2024-06-30', ['month', 'quarter', 'r12'])).toEqual([
      'month 2024-05 2024-05-01..2024-05-31',
      'r12 12m to 2024-05 2023-06-01..2024-05-31 partial 2024-05-01..2024-05-31',
      'month 2024-06 2024-06-01..2024-06-30',
      'quarter 2024-25 Q1 2024-04-01..2024-06-30 partial 2024-05-01..2024-06-30',
      'r12 12m to 2024-06 2023-07-01..2024-06-30 partial 2024-05-01..2024-06-30',
    ]);
  });

  it('gives no windows when the as-at date is before the data start', () => {
    expect(windowsFor({ from: dayOf(2024, 5, 1), asAt: dayOf(2024, 4, 30) }, ['month'])).toEqual(
      [],
    );
  });

  it('gives a one-day coverage its month, partial', () => {
    expect(labels('2024-05-15', '2024-05-15', ['month'])).toEqual([
      'month 2024-05 2024-05-01..2024-05-31 partial 2024-05-15..2024-05-15',
    ]);
  });
});
