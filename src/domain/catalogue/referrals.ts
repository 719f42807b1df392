/** Contacts and referrals: child-level indicators the engine computes (indicators.md). */
import type { IndicatorDefinition } from '../indicator.ts';

export const REFERRAL_INDICATORS: readonly IndicatorDefinition[] = [
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
];
