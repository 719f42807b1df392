import { describe, expect, it } from 'vitest';
import { dayOf } from '../domain/index.ts';
import type { Family, SimChild } from './model.ts';
import { People } from './people.ts';
import { Rng } from './random.ts';
import { childLine, dateAsAt, inOrder } from './rows-common.ts';

describe('inOrder(items, key)', () => {
  it('orders by key day and keeps the order of equal days', () => {
    const items = [
      { n: 'a', day: 12 },
      { n: 'b', day: 10 },
      { n: 'c', day: 12 },
      { n: 'd', day: 11 },
      { n: 'e', day: 10 },
    ];
    expect(inOrder(items, (i) => i.day).map((i) => i.n)).toEqual(['b', 'e', 'd', 'a', 'c']);
    expect(inOrder([], () => 0)).toEqual([]);
  });
});

describe('childLine(child, at, rest)', () => {
  it('writes the common five cells, the age on `at`, then the rest', () => {
    const people = new People(new Rng(1));
    const family: Family = people.emptyFamily(dayOf(2024, 1, 1), 'WBRI');
    const child: SimChild = people.child(family, dayOf(2024, 1, 1), 3652);
    const [id, gender, ethnicity, birth, age, ...rest] = childLine(child, dayOf(2024, 1, 1), [
      'x',
      '"q, r"',
    ]).split(',');
    expect(id).toMatch(/^NM\d{7}$/);
    expect(['a) Male', 'b) Female']).toContain(gender);
    expect(ethnicity).toBe('WBRI');
    // 3,652 days (ten years, two of them leap) before 1 January 2024 is 1 January 2014.
    expect(birth).toBe('01/01/2014');
    expect(age).toBe('10');
    expect(rest).toEqual(['x', '"q', ' r"']);
  });
});

describe('dateAsAt(day, asAt)', () => {
  it('is blank for no day or a day after the extract date', () => {
    expect(dateAsAt(null, dayOf(2024, 1, 1))).toBe('');
    expect(dateAsAt(dayOf(2024, 1, 2), dayOf(2024, 1, 1))).toBe('');
    expect(dateAsAt(dayOf(2024, 1, 1), dayOf(2024, 1, 1))).toBe('01/01/2024');
  });
});
