/** What an indicator is: its identity, unit, polarity and kind, as data the code reads. */
import type { Rule } from './rule.ts';
import type { WindowKind } from './window.ts';

export type Unit = 'count' | 'percent' | 'rate_per_10k' | 'working_days';

/** Which direction is good. RAG, arrows and chart colours follow it. */
export type Polarity = 'higher_is_better' | 'lower_is_better' | 'neutral';

/** A flow counts events in the window; a snapshot looks at the state on its end date. */
export type IndicatorKind = 'flow' | 'snapshot' | 'cohort';

/**
 * The DfE published figure an indicator is compared with: a measure in the reference set the
 * DfE files are loaded into (`benchmark.indicator_id`), by DfE year (time_period 2025 = 2024-25),
 * set against the indicator's `year` window of the same financial year.
 */
export interface BenchmarkSource {
  /** The measure's id in the stored reference set. */
  measure: string;
  /** Where the DfE publishes it, in words for a footnote. */
  publication: string;
  /**
   * `rate_per_10k`: the DfE files hold the count only; the rate is that count per 10,000
   * children aged 0-17 (ONS mid-year estimate for mid-(Y-1)), the way the DfE computes its rates.
   */
  derive?: 'rate_per_10k';
}

export interface IndicatorDefinition {
  id: string;
  title: string;
  /** The definition in words, as the catalogue states it. */
  description: string;
  unit: Unit;
  polarity: Polarity;
  kind: IndicatorKind;
  /** `child-level`: computed by the engine from records; `supplied`: values arrive as values. */
  source: 'child-level' | 'supplied';
  /** The national definition followed (`DfE`, `Working Together`, `ASCOF 2B(1)`) or `local`. */
  basis: string;
  /** The window kinds this indicator has points for; all when absent. */
  windows?: readonly WindowKind[];
  /** Decimal places on display; 1 for percentages and rates unless stated. */
  decimals?: number;
  /** The indicator this one replaced, and the date it did. */
  replaces?: { id: string; from: string };
  /** The DfE published figure it is benchmarked against, when there is a national equivalent. */
  benchmark?: BenchmarkSource;
  /** Present and true for survey results: supplied with a base (respondents) and maybe a 95% CI. */
  survey?: true;
  /** Local indicators only: the rule the engine's generic core counts by (rule.ts). */
  rule?: Rule;
}

/** Decimal places an indicator is displayed with. */
export function displayDecimals(def: IndicatorDefinition): number {
  if (def.decimals !== undefined) return def.decimals;
  return def.unit === 'percent' || def.unit === 'rate_per_10k' ? 1 : 0;
}
