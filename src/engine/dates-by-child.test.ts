import { describe, expect, it } from 'vitest';
import { datesByChild, hasDateIn } from './dates-by-child.ts';

describe('datesByChild(child, date) and hasDateIn(index, child, from, to)', () => {
  // child 0: 5, 9, 20 (given out of order); child 1: none; child 2: 7, 7
  const index = datesByChild(Int32Array.of(0, 2, 0, 0, 2), Int32Array.of(20, 7, 5, 9, 7));

  it("groups each child's dates in date order", () => {
    expect([...index.offsets]).toEqual([0, 3, 3, 5]);
    expect([...index.dates]).toEqual([5, 9, 20, 7, 7]);
  });

  it('finds a date in [from, to], both ends included', () => {
    expect(hasDateIn(index, 0, 9, 9)).toBe(true);
    expect(hasDateIn(index, 0, 10, 19)).toBe(false);
    expect(hasDateIn(index, 0, 10, 20)).toBe(true);
    expect(hasDateIn(index, 0, 21, 50)).toBe(false);
    expect(hasDateIn(index, 0, 0, 4)).toBe(false);
    expect(hasDateIn(index, 2, 7, 7)).toBe(true);
  });

  it('answers no for a child with no dates, or beyond the children it knows', () => {
    expect(hasDateIn(index, 1, 0, 100)).toBe(false);
    expect(hasDateIn(index, 3, 0, 100)).toBe(false);
    expect(hasDateIn(datesByChild(new Int32Array(0), new Int32Array(0)), 0, 0, 1)).toBe(false);
  });
});
