/**
 * Medians and quartile positions among councils, as the DfE's children's social care dashboard
 * bands them: quartile cuts by R's default quantile (type 7, linear interpolation) over every
 * council with a figure; up to and including the lower quartile is the lowest band, above the
 * upper quartile the highest. Lower is better: the lowest band is the best. Higher is better:
 * the highest band is the best (so a figure exactly on a cut falls in the band below it).
 * Neutral measures are placed by value, lowest to highest, never as better or worse.
 */
import type { Polarity } from '../domain/index.ts';

/** The median; of an even count, the mean of the two middle values. Null for none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = Float64Array.from(values).sort();
  const mid = sorted.length >> 1;
  if (sorted.length % 2 === 1) return sorted[mid] ?? null;
  return ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** The `p` quantile of sorted values by linear interpolation (R type 7, Excel QUARTILE.INC). */
function quantile(sorted: Float64Array, p: number): number {
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const a = sorted[lo] ?? 0;
  const b = sorted[Math.min(lo + 1, sorted.length - 1)] ?? a;
  return a + (h - lo) * (b - a);
}

/** Lower quartile, median and upper quartile. */
export type QuartileCuts = readonly [lower: number, middle: number, upper: number];

export interface QuartileBands {
  cuts: QuartileCuts;
  /** Councils with a figure, from which the cuts were taken. */
  among: number;
}

/** Fewer councils with a figure than this give no quartiles. */
export const MIN_COUNCILS_FOR_QUARTILES = 4;

/** The quartile cuts of councils' figures; null when too few councils have one. */
export function quartileBands(values: readonly number[]): QuartileBands | null {
  if (values.length < MIN_COUNCILS_FOR_QUARTILES) return null;
  const sorted = Float64Array.from(values).sort();
  const cuts = [quantile(sorted, 0.25), quantile(sorted, 0.5), quantile(sorted, 0.75)] as const;
  return { cuts, among: values.length };
}

export type Quartile = 1 | 2 | 3 | 4;

export interface QuartilePosition {
  /** 1 is the best quartile (`performance`) or the lowest values (`value`, neutral measures). */
  quartile: Quartile;
  basis: 'performance' | 'value';
  /** `best quartile` … `worst quartile`, or `lowest quartile` … `highest quartile`. */
  label: string;
  /** Councils with a figure that year. */
  among: number;
}

const PERFORMANCE_LABELS = ['best quartile', 'second quartile', 'third quartile', 'worst quartile'];
const VALUE_LABELS = [
  'lowest quartile',
  'second-lowest quartile',
  'second-highest quartile',
  'highest quartile',
];

/** 1 up to and including the lower quartile … 4 above the upper quartile. */
function valueBand(value: number, [lower, middle, upper]: QuartileCuts): Quartile {
  if (value <= lower) return 1;
  if (value <= middle) return 2;
  if (value <= upper) return 3;
  return 4;
}

/** Where `value` sits among councils, following the measure's polarity. */
export function quartilePosition(
  value: number,
  bands: QuartileBands,
  polarity: Polarity,
): QuartilePosition {
  const band = valueBand(value, bands.cuts);
  if (polarity === 'neutral') {
    return {
      quartile: band,
      basis: 'value',
      label: VALUE_LABELS[band - 1] ?? '',
      among: bands.among,
    };
  }
  const quartile = (polarity === 'lower_is_better' ? band : 5 - band) as Quartile;
  return {
    quartile,
    basis: 'performance',
    label: PERFORMANCE_LABELS[quartile - 1] ?? '',
    among: bands.among,
  };
}
