/**
 * The standard indicator catalogue (../shared/domain/indicators.md): ids and meanings are a
 * contract. The engine computes each child-level id; definitions here are what pages, exports
 * and benchmarks read.
 */
import type { IndicatorDefinition } from './indicator.ts';

export const CATALOGUE: readonly IndicatorDefinition[] = [
  {
    id: 'referrals',
    title: 'Referrals',
    description: 'Referrals with a referral date in the window.',
    unit: 'count',
    polarity: 'neutral',
    kind: 'flow',
    source: 'child-level',
    basis: 'DfE',
  },
  {
    id: 'rereferrals_12m_pct',
    title: 'Re-referrals within 12 months',
    description:
      'Of referrals in the window, those where the same child had another referral in the 12 months before it (or the referral records earlier referrals in the last 12 months).',
    unit: 'percent',
    polarity: 'lower_is_better',
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
    id: 'cpp_open',
    title: 'Children on a child protection plan',
    description: "Child protection plans open at the window's end.",
    unit: 'count',
    polarity: 'neutral',
    kind: 'snapshot',
    source: 'child-level',
    basis: 'DfE',
  },
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

export function findIndicator(id: string): IndicatorDefinition | undefined {
  return CATALOGUE.find((def) => def.id === id);
}
