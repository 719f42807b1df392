import { describe, expect, it } from 'vitest';
import { Gauge } from './gauge.ts';

describe('Gauge', () => {
  it('counts a thing open from its start day until the day before its end', () => {
    const g = new Gauge();
    g.advance(10);
    g.schedule(12, 15);
    g.schedule(10, 11);
    expect(g.open).toBe(1);
    const seen: number[] = [];
    for (let day = 11; day <= 16; day++) {
      g.advance(day);
      seen.push(g.open);
    }
    expect(seen).toEqual([0, 1, 1, 1, 0, 0]);
  });

  it('startOn and endOn close what opened, even on the current day', () => {
    const g = new Gauge();
    g.advance(5);
    g.startOn(5);
    expect(g.open).toBe(1);
    g.endOn(5);
    expect(g.open).toBe(0);
  });

  it('pull(target, strength, low, high) leans towards the target within its bounds', () => {
    const g = new Gauge();
    g.advance(0);
    for (let i = 0; i < 90; i++) g.startOn(0);
    expect(g.pull(100, 2, 0.5, 1.5)).toBeCloseTo(1.2);
    expect(g.pull(100, -2, 0.5, 1.5)).toBeCloseTo(0.8);
    expect(g.pull(100, 20, 0.5, 1.5)).toBe(1.5);
  });
});
