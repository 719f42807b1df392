/**
 * Year-end forecasts for the current financial year: from the months so far and a monthly
 * profile (or straight-line), whether the year-end target is on track, and what each remaining
 * month needs to meet it.
 */
import type { IndicatorDefinition, Point, Rag } from '../domain/index.ts';
import { ragFor } from './rag.ts';
import type { Target } from './target.ts';

export interface ForecastInput {
  definition: IndicatorDefinition;
  /** The financial year's whole month points so far, April first. */
  months: readonly Point[];
  /** The year-end target, if any. */
  target?: Target;
  /**
   * Each month's expected share of the year's events, April to March (any scale: normalised);
   * the target's own profile when absent, straight-line (equal months) when neither has one.
   */
  profile?: readonly number[];
}

export type ForecastMethod = 'profile' | 'straight_line' | 'latest';

export interface Forecast {
  method: ForecastMethod;
  monthsElapsed: number;
  /** The forecast year-end figure; null with no months yet or no cases. */
  value: number | null;
  /** The year-end target's judgement of the forecast. */
  rag: Rag;
  /** True when the forecast meets the target; null with no target or a neutral indicator. */
  onTrack: boolean | null;
  /**
   * What each remaining month needs to meet the target: a count per month for flow counts, the
   * percentage of the remaining cases for percentages, the change per month for snapshots; null
   * with no target, no month left, or nothing to go on.
   */
  neededPerMonth: number | null;
}

const MONTHS = 12;

/** The share of the year the first `n` months are expected to hold. */
function shareSoFar(n: number, profile: readonly number[] | undefined): number {
  if (!profile || profile.length !== MONTHS) return n / MONTHS;
  const total = profile.reduce((a, b) => a + b, 0);
  return total > 0 ? profile.slice(0, n).reduce((a, b) => a + b, 0) / total : n / MONTHS;
}

const sum = (xs: readonly (number | null)[]) => xs.reduce<number>((a, b) => a + (b ?? 0), 0);

function judged(value: number | null, input: ForecastInput) {
  const rag = ragFor(value, input.target, input.definition.polarity);
  const onTrack =
    value === null || !input.target || input.definition.polarity === 'neutral'
      ? null
      : rag === 'green';
  return { rag, onTrack };
}

function flowCountForecast(input: ForecastInput, n: number, method: ForecastMethod): Forecast {
  const soFar = sum(input.months.map((m) => m.numerator));
  const share = shareSoFar(n, input.profile);
  const value = share > 0 ? soFar / share : null;
  const left = MONTHS - n;
  const needed = input.target && left > 0 ? (input.target.value - soFar) / left : null;
  return { method, monthsElapsed: n, value, ...judged(value, input), neededPerMonth: needed };
}

function percentForecast(input: ForecastInput, n: number, method: ForecastMethod): Forecast {
  const hits = sum(input.months.map((m) => m.numerator));
  const cases = sum(input.months.map((m) => m.denominator));
  const value = cases > 0 ? (100 * hits) / cases : null;
  const share = shareSoFar(n, input.profile);
  const casesLeft = share > 0 ? cases / share - cases : 0;
  const needed =
    input.target && casesLeft > 0 && n < MONTHS
      ? (100 * ((input.target.value / 100) * (cases + casesLeft) - hits)) / casesLeft
      : null;
  return { method, monthsElapsed: n, value, ...judged(value, input), neededPerMonth: needed };
}

function snapshotForecast(input: ForecastInput, n: number): Forecast {
  const value = input.months.at(-1)?.value ?? null;
  const left = MONTHS - n;
  const needed =
    input.target && value !== null && left > 0 ? (input.target.value - value) / left : null;
  return {
    method: 'latest',
    monthsElapsed: n,
    value,
    ...judged(value, input),
    neededPerMonth: needed,
  };
}

/**
 * The year-end forecast. Flow counts: the count so far scaled up by the profile's share of the
 * year so far. Percentages: the year so far's percentage (cases pooled), with the percentage
 * the rest of the year's expected cases need. Snapshots, rates and medians: the latest month's
 * figure stands (the state at year end is not a sum of months).
 */
export function forecastYearEnd(given: ForecastInput): Forecast {
  const profile = given.profile ?? given.target?.profile;
  const input = profile ? { ...given, profile } : given;
  const n = Math.min(input.months.length, MONTHS);
  const method: ForecastMethod = input.profile ? 'profile' : 'straight_line';
  const { kind, unit } = input.definition;
  if (kind === 'flow' && unit === 'count') return flowCountForecast(input, n, method);
  if (kind === 'flow' && unit === 'percent') return percentForecast(input, n, method);
  return snapshotForecast(input, n);
}
