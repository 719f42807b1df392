import { describe, expect, it } from 'vitest';
import { isoDay } from '../../domain/index.ts';
import { parsePeriod } from './period.ts';

function resolved(text: string) {
  const w = parsePeriod(text);
  return w && { kind: w.kind, period: w.period, start: isoDay(w.start), end: isoDay(w.end) };
}

const YEAR_2024 = { kind: 'year', period: '2024-25', start: '2024-04-01', end: '2025-03-31' };
const Q1_2024 = { kind: 'quarter', period: '2024-25 Q1', start: '2024-04-01', end: '2024-06-30' };
const APRIL_2024 = { kind: 'month', period: '2024-04', start: '2024-04-01', end: '2024-04-30' };

describe('parsePeriod(text)', () => {
  it.each(['2024-25', '2024/25', '2024-2025', '2024/2025', ' 2024 - 25 ', 'FY 2024-25'])(
    'reads %j as the financial year 2024-25',
    (text) => expect(resolved(text)).toEqual(YEAR_2024),
  );

  it.each([
    '2024-25 Q1',
    'Q1 2024-25',
    'Q1 2024/25',
    '2024/25 Q1',
    '2024-25 Q1 (Apr-Jun)',
    '2024-25 q1 (April to June)',
    '2024\u201325 Q1',
  ])('reads %j as the first quarter of 2024-25', (text) => expect(resolved(text)).toEqual(Q1_2024));

  it('puts the fourth quarter in January to March of the later calendar year', () => {
    expect(resolved('Q4 2024-25')).toEqual({
      kind: 'quarter',
      period: '2024-25 Q4',
      start: '2025-01-01',
      end: '2025-03-31',
    });
    expect(resolved('2024-25 Q3')?.start).toBe('2024-10-01');
  });

  it.each(['2024-04', 'Apr-24', 'apr 24', 'April 2024', 'APRIL-2024', 'Apr 2024'])(
    'reads %j as the month April 2024',
    (text) => expect(resolved(text)).toEqual(APRIL_2024),
  );

  it('reads Sept and a leap February', () => {
    expect(resolved('Sept 2024')?.period).toBe('2024-09');
    expect(resolved('Feb-24')).toEqual({
      kind: 'month',
      period: '2024-02',
      start: '2024-02-01',
      end: '2024-02-29',
    });
  });

  it('reads year to date, in any spelling of the year and month', () => {
    const ytd = {
      kind: 'ytd',
      period: '2024-25 to 2024-06',
      start: '2024-04-01',
      end: '2024-06-30',
    };
    expect(resolved('2024-25 to 2024-06')).toEqual(ytd);
    expect(resolved('2024/25 to Jun-24')).toEqual(ytd);
    expect(resolved('2024-25 to 2025-02')?.start).toBe('2024-04-01');
  });

  it('reads rolling 12 months ending with the named month', () => {
    const r12 = { kind: 'r12', period: '12m to 2024-06', start: '2023-07-01', end: '2024-06-30' };
    expect(resolved('12m to 2024-06')).toEqual(r12);
    expect(resolved('12 months to June 2024')).toEqual(r12);
  });

  it.each([
    '2024-26',
    '2024/2026',
    '2024-13',
    'Q5 2024-25',
    '2024-25 Q1 (Jul-Sep)',
    '2024-25 to 2025-04',
    '2024-25 to 2024-03',
    'Spring 2024',
    '',
    '12m to soon',
  ])('gives null for %j, which names no window', (text) => expect(parsePeriod(text)).toBeNull());
});
