/** What an indicator is: its identity, unit, polarity and kind, as data the code reads. */
import type { Rule } from './rule.ts';
import type { WindowKind } from './window.ts';

export type Unit = 'count' | 'percent' | 'rate_per_10k' | 'working_days';

/** Which direction is good. RAG, arrows and chart colours follow it. */
export type Polarity = 'higher_is_better' | 'lower_is_better' | 'neutral';

/** A flow counts events in the window; a snapshot looks at the state on its end date. */
export type IndicatorKind = 'flow' | 'snapshot' | 'cohort';

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
