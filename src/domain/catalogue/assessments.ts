/** Assessments: child-level indicators the engine computes (indicators.md). */
import type { IndicatorDefinition } from '../indicator.ts';

export const ASSESSMENT_INDICATORS: readonly IndicatorDefinition[] = [
  {
    id: 'assessments_within_45wd_pct',
    title: 'Assessments completed within 45 working days',
    description:
      'Of assessments authorised in the window, those authorised 45 working days or less after they started.',
    unit: 'percent',
    polarity: 'higher_is_better',
    kind: 'flow',
    source: 'child-level',
    basis: 'DfE',
  },
];
