/** Children looked after: child-level indicators the engine computes (indicators.md). */
import type { IndicatorDefinition } from '../indicator.ts';

export const LOOKED_AFTER_INDICATORS: readonly IndicatorDefinition[] = [
  {
    id: 'cla_open',
    title: 'Children looked after',
    description:
      "Children with a period of care open at the window's end, excluding short breaks only (legal status V3 or V4).",
    unit: 'count',
    polarity: 'neutral',
    kind: 'snapshot',
    source: 'child-level',
    basis: 'DfE',
  },
];
