import { describe, expect, it } from 'vitest';
import { orderByDay, rangeOf } from './order.ts';

describe('orderByDay(days)', () => {
  it('sorts indexes by day, keeping the original order within a day', () => {
    const days = Int32Array.from([20, 5, 20, -3, 5]);
    expect([...orderByDay(days)]).toEqual([3, 1, 4, 0, 2]);
  });

  it('gives an empty order for no records', () => {
    expect(orderByDay(new Int32Array(0)).length).toBe(0);
  });
});

describe('rangeOf(days)', () => {
  it('gives the smallest and largest day', () => {
    expect(rangeOf(Int32Array.from([7, -2, 30, 4]))).toEqual([-2, 30]);
  });
});
