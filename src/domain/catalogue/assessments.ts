/** Assessments: child-level indicators the engine computes (indicators.md). */
import type { IndicatorDefinition } from '../indicator.ts';

export const ASSESSMENT_INDICATORS: readonly IndicatorDefinition[] = [
  {
    id: 'assessments_completed',
    title: 'Assessments completed',
    description: 'Assessments (List 4 / CIN Assessments) with an authorisation date in the window.',
    unit: 'count',
    polarity: 'neutral',
    kind: 'flow',
    source: 'child-level',
    basis: 'DfE',
  },
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
  {
    id: 'assessment_median_wd',
    title: 'Median assessment duration',
    description:
      'The median working-day duration, from start date to authorisation date, of assessments authorised in the window (of an even count, the mean of the two middle values).',
    unit: 'working_days',
    polarity: 'lower_is_better',
    kind: 'flow',
    source: 'child-level',
    basis: 'DfE',
    decimals: 1,
  },
  {
    id: 'assessments_open_over_45wd',
    title: 'Open assessments over 45 working days',
    description:
      "Assessments open at the window's end (started on or before it, not authorised by it) whose working-day duration from start to the window's end is over 45.",
    unit: 'count',
    polarity: 'lower_is_better',
    kind: 'snapshot',
    source: 'child-level',
    basis: 'Working Together',
  },
];
