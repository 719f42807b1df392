/** Where a sparkline's lines and dots fall: pure arithmetic, so it can be tested as numbers. */

export interface Box {
  width: number;
  height: number;
  /** Space kept clear on every side, so dots and strokes are not clipped. */
  pad: number;
}

export interface XY {
  x: number;
  y: number;
}

export interface SparklineGeometry {
  /** Runs of consecutive values; a missing value breaks the line. */
  lines: XY[][];
  /** The last value, and any value standing alone between gaps. */
  dots: XY[];
  /** The height of the target line, when there is a target. */
  targetY: number | null;
}

/** Lays out values left to right across the box, scaled between their lowest and highest. */
export function sparklineGeometry(
  values: readonly (number | null)[],
  target: number | null,
  box: Box,
  breaksBefore: readonly number[] = [],
): SparklineGeometry {
  const y = scaleY(values, target, box);
  const x = (i: number) =>
    round(box.pad + (i * (box.width - 2 * box.pad)) / Math.max(values.length - 1, 1));
  const runs = runsOf(values, breaksBefore).map((run) =>
    run.map(([i, v]) => ({ x: x(i), y: y(v) })),
  );
  const last = runs.at(-1)?.at(-1);
  const dots = runs.filter((run) => run.length === 1).flat();
  if (last !== undefined && !dots.includes(last)) dots.push(last);
  return {
    lines: runs.filter((run) => run.length > 1),
    dots,
    targetY: target === null ? null : y(target),
  };
}

/** Maps a value to a height: the highest at the top pad, the lowest at the bottom pad. */
function scaleY(values: readonly (number | null)[], target: number | null, box: Box) {
  const known = [...values, target].filter((v): v is number => v !== null);
  const low = Math.min(...known);
  const high = Math.max(...known);
  const span = high - low;
  const inner = box.height - 2 * box.pad;
  return (v: number) => round(span === 0 ? box.height / 2 : box.pad + ((high - v) / span) * inner);
}

/** Consecutive non-null values with their positions; a series break also ends a run. */
function runsOf(
  values: readonly (number | null)[],
  breaksBefore: readonly number[],
): [number, number][][] {
  const runs: [number, number][][] = [];
  let current: [number, number][] = [];
  values.forEach((v, i) => {
    if (breaksBefore.includes(i) && current.length > 0) {
      runs.push(current);
      current = [];
    }
    if (v === null) {
      if (current.length > 0) runs.push(current);
      current = [];
    } else current.push([i, v]);
  });
  if (current.length > 0) runs.push(current);
  return runs;
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
