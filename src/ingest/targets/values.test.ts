import { describe, expect, it } from 'vitest';
import { parseFinancialYear, parseProfile, parseToleranceKind } from './values.ts';

describe('parseFinancialYear(text)', () => {
  it.each([
    ['2024-25', 2024],
    ['2024/25', 2024],
    ['2024-2025', 2024],
    ['2024 – 25', 2024],
    ['FY 2024-25', 2024],
    ['FY24/25', 2024],
    ['fy24-25', 2024],
    ['24/25', 2024],
    ['202425', 2024],
    ['1999-00', 1999],
    ['FY99/00', 1999],
    ['FY69/70', 2069],
  ])('reads %s as the financial year starting in %i', (text, year) => {
    expect(parseFinancialYear(text)).toEqual({ year, bare: false });
  });

  it('reads a bare year as the financial year starting in April of it, and says it was bare', () => {
    expect(parseFinancialYear('2025')).toEqual({ year: 2025, bare: true });
    expect(parseFinancialYear('FY2025')).toEqual({ year: 2025, bare: true });
  });

  it.each(['2024-26', '24/26', '202426', '2024-25 Q1', 'Apr-24', '', 'next year', '1850', '25'])(
    'reads %j as no financial year',
    (text) => {
      expect(parseFinancialYear(text)).toBeNull();
    },
  );
});

describe('parseToleranceKind(text)', () => {
  it.each([
    ['absolute', 'absolute'],
    ['Absolute', 'absolute'],
    ['percentage points', 'absolute'],
    ['pp', 'absolute'],
    ['relative', 'relative'],
    ['Relative ', 'relative'],
    ['%', 'relative'],
    ['% of target', 'relative'],
    ['percent', 'relative'],
  ])('reads %j as %s', (text, kind) => {
    expect(parseToleranceKind(text)).toBe(kind);
  });

  it('reads anything else as neither', () => {
    expect(parseToleranceKind('loose')).toBeNull();
    expect(parseToleranceKind('')).toBeNull();
  });
});

describe('parseProfile(text)', () => {
  const even = [8, 8, 8, 8, 8, 8, 9, 9, 9, 9, 8, 8];

  it('reads 12 numbers separated by commas, semicolons or spaces', () => {
    expect(parseProfile('8,8,8,8,8,8,9,9,9,9,8,8')).toEqual(even);
    expect(parseProfile('8; 8; 8; 8; 8; 8; 9; 9; 9; 9; 8; 8')).toEqual(even);
    expect(parseProfile('8 8 8 8 8 8 9 9 9 9 8 8')).toEqual(even);
    expect(parseProfile('8%, 8%, 8%, 8%, 8%, 8%, 9%, 9%, 9%, 9%, 8%, 8%')).toEqual(even);
    expect(parseProfile('1,200; 1,000; 0; 0; 0; 0; 0; 0; 0; 0; 0; 0')).toEqual([
      1200, 1000, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    ]);
  });

  it('says what is wrong with other than 12 numbers, a word, a negative or all zeros', () => {
    expect(parseProfile('1,2,3')).toBe('A profile has 12 numbers, April to March; this has 3.');
    expect(parseProfile('1,2,3,4,5,6,7,8,9,10,11,12,13')).toMatch(/this has 13/);
    expect(parseProfile('1,2,3,4,5,6,7,8,9,10,11,x')).toBe(
      '"x" is not a number: give 12 numbers, April to March.',
    );
    expect(parseProfile('1,2,3,4,5,6,7,8,9,10,11,-1')).toMatch(/below 0/);
    expect(parseProfile('0 0 0 0 0 0 0 0 0 0 0 0')).toMatch(/above 0/);
  });
});
