/**
 * Targets for one indicator, council and financial year; their tolerance; a council's own RAG
 * rule per indicator; and which target a figure is judged against.
 *
 * The target in force for a figure is the one set last for its indicator and the financial year
 * its period ends in. A target changed mid-year replaces the earlier one for the whole year (the
 * earlier one stays in the history, with who changed it, when and why): the year's figures are
 * then read against what the council now aims for, as its outturn report does. We do not date a
 * target from the moment it was typed in: targets are often entered or imported after the year
 * has begun, and judging April against nothing because the target was keyed in May would be wrong.
 */

export type ToleranceKind = 'absolute' | 'relative';

/** Where a target's tolerance comes from. */
export type ToleranceSource = 'target' | 'rule' | 'none';

export interface Target {
  indicatorId: string;
  /** Starting calendar year of the financial year (2024 for 2024-25). */
  financialYear: number;
  value: number;
  /** How far from the target still counts as amber; 0 for none. */
  tolerance: number;
  /** `absolute`: in the indicator's unit; `relative`: a fraction of the target (0.05 = 5%). */
  toleranceKind: ToleranceKind;
  /**
   * Given with the target (`target`, also when absent), the council's rule for the indicator
   * (`rule`), or neither (`none`: tolerance 0, no amber band).
   */
  toleranceSource?: ToleranceSource;
  /**
   * Each month's expected share of the year's events, April to March (12 numbers, any scale);
   * straight-line when absent. Year-end forecasts use it.
   */
  profile?: readonly number[];
}

/** A target as it was set: with no tolerance (null) the council's rule, if any, applies. */
export interface TargetSetting {
  indicatorId: string;
  financialYear: number;
  value: number;
  tolerance: number | null;
  /** Null exactly when `tolerance` is. */
  toleranceKind: ToleranceKind | null;
  profile?: readonly number[];
}

/**
 * A council's own RAG rule for an indicator, such as "amber within 5% of target" (relative,
 * 0.05): the tolerance of any of its targets set without one.
 */
export interface RagRule {
  indicatorId: string;
  tolerance: number;
  toleranceKind: ToleranceKind;
}

/** Months in a monthly profile: April to March. */
export const PROFILE_MONTHS = 12;

/**
 * The target a setting gives once the council's rules are applied: its own tolerance when it has
 * one (even 0), else the rule for its indicator, else none.
 */
export function targetInForce(setting: TargetSetting, rules: readonly RagRule[]): Target {
  const { indicatorId, financialYear, value } = setting;
  const base = { indicatorId, financialYear, value, ...profileOf(setting) };
  if (setting.tolerance !== null && setting.toleranceKind !== null) {
    return { ...base, tolerance: setting.tolerance, toleranceKind: setting.toleranceKind };
  }
  const rule = rules.find((r) => r.indicatorId === indicatorId);
  if (rule) {
    const { tolerance, toleranceKind } = rule;
    return { ...base, tolerance, toleranceKind, toleranceSource: 'rule' };
  }
  return { ...base, tolerance: 0, toleranceKind: 'absolute', toleranceSource: 'none' };
}

/** `targetInForce` for each setting. */
export function targetsInForce(
  settings: readonly TargetSetting[],
  rules: readonly RagRule[],
): Target[] {
  return settings.map((s) => targetInForce(s, rules));
}

function profileOf(setting: TargetSetting): { profile?: readonly number[] } {
  return setting.profile ? { profile: setting.profile } : {};
}

/**
 * The target in force for an indicator's figures of a financial year: of the targets given in
 * the order they were set (oldest first, as a history is), the last for that indicator and year.
 */
export function targetFor(
  targets: readonly Target[],
  indicatorId: string,
  financialYear: number,
): Target | undefined {
  return targets.findLast(
    (t) => t.indicatorId === indicatorId && t.financialYear === financialYear,
  );
}
