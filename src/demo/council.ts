/** The demo council's population estimates and targets. */
import type { Target } from '../assess/index.ts';
import type { Rng } from './random.ts';

/** Children aged 0-17 in the first year, the growth a year and the spread of the estimates. */
export interface PopulationShape {
  first: number;
  growth: number;
  noise: number;
}

/** ONS-style mid-year estimates of children aged 0-17, growing slowly from `shape.first`. */
export function populationFor(
  rng: Rng,
  firstYear: number,
  lastYear: number,
  shape: PopulationShape,
): { year: number; count: number }[] {
  const out: { year: number; count: number }[] = [];
  for (let year = firstYear; year <= lastYear; year++) {
    const trend = shape.first + shape.growth * (year - firstYear);
    out.push({ year, count: Math.round(trend + (rng.next() - 0.5) * shape.noise) });
  }
  return out;
}

/** Targets for each financial year: re-referrals 20% (±2) and assessments in time 85% (±5). */
export function targetsFor(firstYear: number, lastYear: number): Target[] {
  const out: Target[] = [];
  for (let financialYear = firstYear; financialYear <= lastYear; financialYear++) {
    out.push(
      {
        indicatorId: 'rereferrals_12m_pct',
        financialYear,
        value: 20,
        tolerance: 2,
        toleranceKind: 'absolute',
      },
      {
        indicatorId: 'assessments_within_45wd_pct',
        financialYear,
        value: 85,
        tolerance: 5,
        toleranceKind: 'absolute',
      },
    );
  }
  return out;
}
