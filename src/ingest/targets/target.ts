/** A target as read from a council's file, and what a read of targets is given. */
import type { IndicatorDefinition } from '../../domain/index.ts';
import type { ToleranceKind } from './values.ts';

export interface ReadTarget {
  indicatorId: string;
  /** Starting calendar year of the financial year (2024 for 2024-25). */
  financialYear: number;
  value: number;
  /** Null when none is given: the council's own rule for the indicator then applies. */
  tolerance: number | null;
  /** `relative` tolerances are fractions of the target (5% read as 0.05). Null with no tolerance. */
  toleranceKind: ToleranceKind | null;
  /** 12 shares, April to March. */
  profile?: number[];
}

export interface TargetReadOptions {
  /** The indicators a target may be set for: the catalogue's and the council's local ones. */
  indicators: readonly IndicatorDefinition[];
}
