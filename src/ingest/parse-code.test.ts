import { describe, expect, it } from 'vitest';
import { UNREADABLE } from './code-table.ts';
import { parseGender, parseYesNo } from './parse-code.ts';
import { parseCount } from './parse-count.ts';

describe('parseYesNo(text)', () => {
  it('reads every spelling of yes, no and unknown', () => {
    for (const yes of ['a) Yes', 'Yes', 'YES', 'Y', 'y', '1', 'TRUE', 'true']) {
      expect(parseYesNo(yes), yes).toBe(true);
    }
    for (const no of ['b) No', 'No', 'N', '0', 'FALSE', 'false'])
      expect(parseYesNo(no), no).toBe(false);
    for (const unknown of ['c) Unknown', 'Unknown', 'Not known']) {
      expect(parseYesNo(unknown), unknown).toBeNull();
    }
  });

  it('gives UNREADABLE for anything else', () => {
    for (const text of ['Maybe', '2', 'Yess', '=TRUE()', '+1', '-1', '@yes']) {
      expect(parseYesNo(text), text).toBe(UNREADABLE);
    }
  });
});

describe('parseGender(text)', () => {
  it('reads Annex A, CIN and 903 spellings', () => {
    const cases: [string, string][] = [
      ['a) Male', 'male'],
      ['Male', 'male'],
      ['M', 'male'],
      ['1', 'male'],
      ['b) Female', 'female'],
      ['F', 'female'],
      ['2', 'female'],
      ['c) Unknown', 'unknown'],
      ['U', 'unknown'],
      ['0', 'unknown'],
      ['9', 'unknown'],
      ['d) Neither', 'other'],
      ['Other', 'other'],
      ['3', 'other'],
    ];
    for (const [text, gender] of cases) expect(parseGender(text), text).toBe(gender);
  });

  it('gives UNREADABLE for anything else', () => {
    expect(parseGender('X')).toBe(UNREADABLE);
    expect(parseGender('=1')).toBe(UNREADABLE);
  });
});

describe('parseCount(text)', () => {
  it('reads whole numbers of 0 or more', () => {
    expect(parseCount('0')).toBe(0);
    expect(parseCount('12')).toBe(12);
    expect(parseCount('007')).toBe(7);
  });

  it('gives UNREADABLE for negatives, fractions, words and formulas', () => {
    for (const text of ['-1', '1.5', 'two', '=1+1', '+3', '@1', '1e3', '1234567890']) {
      expect(parseCount(text), text).toBe(UNREADABLE);
    }
  });
});
