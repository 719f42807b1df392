/** A target for one indicator, council and financial year, and its tolerance. */

export type ToleranceKind = 'absolute' | 'relative';

export interface Target {
  indicatorId: string;
  /** Starting calendar year of the financial year (2024 for 2024-25). */
  financialYear: number;
  value: number;
  /** How far from the target still counts as amber; 0 for none. */
  tolerance: number;
  /** `absolute`: in the indicator's unit; `relative`: a fraction of the target (0.05 = 5%). */
  toleranceKind: ToleranceKind;
}

/** The target in force for a financial year, if any. */
export function targetFor(
  targets: readonly Target[],
  indicatorId: string,
  financialYear: number,
): Target | undefined {
  return targets.find((t) => t.indicatorId === indicatorId && t.financialYear === financialYear);
}
