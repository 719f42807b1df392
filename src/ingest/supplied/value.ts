/** A value supplied for an indicator and period, as read from a council's file. */
import type { WindowKind } from '../../domain/index.ts';

export interface SuppliedValue {
  indicatorId: string;
  window: WindowKind;
  /** The canonical label, as src/domain/window.ts labels it (`2024-25`, `2024-25 Q1`, ...). */
  period: string;
  /** `yyyy-mm-dd`, the window's first day. */
  start: string;
  /** `yyyy-mm-dd`, the window's last day. */
  end: string;
  /** Null only for a percentage whose denominator is 0 ("no cases"). */
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  /** Survey respondents. */
  base: number | null;
  /** The 95% confidence interval, when given. */
  ci: { lower: number; upper: number } | null;
  note: string | null;
}

/** What a read of supplied values is asked to accept. */
export interface SuppliedReadOptions {
  /** Ids the engine computes from child-level records. */
  computedIds: ReadonlySet<string>;
  /** Accept values for computed ids, to be shown in place of the computed ones. */
  allowOverride: boolean;
}
