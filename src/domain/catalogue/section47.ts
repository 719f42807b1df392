/** Section 47 enquiries and conferences: child-level indicators the engine computes. */
import type { IndicatorDefinition } from '../indicator.ts';

export const SECTION47_INDICATORS: readonly IndicatorDefinition[] = [
  {
    id: 's47_enquiries',
    title: 'Section 47 enquiries',
    description:
      'Section 47 enquiries (List 5 strategy discussion date / CIN S47ActualStartDate) starting in the window.',
    unit: 'count',
    polarity: 'neutral',
    kind: 'flow',
    source: 'child-level',
    basis: 'DfE',
  },
  {
    id: 'icpcs',
    title: 'Initial child protection conferences',
    description:
      "Initial child protection conferences held in the window (a child's conference on one date counts once, however many enquiries record it).",
    unit: 'count',
    polarity: 'neutral',
    kind: 'flow',
    source: 'child-level',
    basis: 'DfE',
  },
  {
    id: 'icpc_within_15wd_pct',
    title: 'Initial conferences within 15 working days',
    description:
      "Of initial child protection conferences held in the window, those held 15 working days or less after the start of their section 47 enquiry (a same-day conference is 0). A conference dated before its enquiry's start is a negative duration, not within timescale: it stays in the denominator and is not in the numerator. Where several enquiries of a child record one conference, it is within timescale when any of them started on or before it and 15 working days or less before it.",
    unit: 'percent',
    polarity: 'higher_is_better',
    kind: 'flow',
    source: 'child-level',
    basis: 'Working Together',
  },
  {
    id: 'icpc_to_cpp_pct',
    title: 'Initial conferences resulting in a plan',
    description:
      'Of initial child protection conferences held in the window, those that resulted in a child protection plan.',
    unit: 'percent',
    polarity: 'neutral',
    kind: 'flow',
    source: 'child-level',
    basis: 'DfE',
  },
];
