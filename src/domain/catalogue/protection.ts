/** Child protection plans: child-level indicators the engine computes (indicators.md). */
import type { IndicatorDefinition } from '../indicator.ts';

export const PROTECTION_INDICATORS: readonly IndicatorDefinition[] = [
  {
    id: 'cpp_open',
    title: 'Children on a child protection plan',
    description: "Child protection plans open at the window's end.",
    unit: 'count',
    polarity: 'neutral',
    kind: 'snapshot',
    source: 'child-level',
    basis: 'DfE',
  },
];
