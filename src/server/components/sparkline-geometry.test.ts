import { describe, expect, it } from 'vitest';
import { sparklineGeometry } from './sparkline-geometry.ts';

const box = { width: 104, height: 44, pad: 2 };

describe('sparklineGeometry(values, target, box)', () => {
  it('puts the highest value at the top pad and the lowest at the bottom pad', () => {
    // x steps (104 - 4) / 2 = 50; y spans 2 (value 30) .. 42 (value 10), so 20 sits at 22.
    const g = sparklineGeometry([10, 30, 20], null, box);
    expect(g.lines).toEqual([
      [
        { x: 2, y: 42 },
        { x: 52, y: 2 },
        { x: 102, y: 22 },
      ],
    ]);
    expect(g.dots).toEqual([{ x: 102, y: 22 }]);
    expect(g.targetY).toBeNull();
  });

  it('includes the target in the scale', () => {
    // Range 10..50: value 10 at 42, 30 at 22, target 50 at the top.
    const g = sparklineGeometry([10, 30], 50, box);
    expect(g.lines[0]?.map((p) => p.y)).toEqual([42, 22]);
    expect(g.targetY).toBe(2);
  });

  it('breaks the line at a missing value and dots a value standing alone', () => {
    const g = sparklineGeometry([1, 2, null, 3], null, { width: 34, height: 24, pad: 2 });
    // x at 2, 12, 22, 32; y: 3 at 2, 1 at 22, 2 at 12.
    expect(g.lines).toEqual([
      [
        { x: 2, y: 22 },
        { x: 12, y: 12 },
      ],
    ]);
    expect(g.dots).toEqual([{ x: 32, y: 2 }]);
  });

  it('draws a flat line across the middle when every value is the same', () => {
    const g = sparklineGeometry([5, 5], null, box);
    expect(g.lines[0]?.map((p) => p.y)).toEqual([22, 22]);
  });
});

describe('sparklineGeometry across a series break', () => {
  it('never joins the line across a break', () => {
    const g = sparklineGeometry([1, 2, 3, 4], null, { width: 100, height: 50, pad: 5 }, [2]);
    expect(g.lines.map((line) => line.length)).toEqual([2, 2]);
  });
});
