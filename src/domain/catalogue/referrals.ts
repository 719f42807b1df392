/** Contacts and referrals: child-level indicators the engine computes (indicators.md). */
import type { IndicatorDefinition } from '../indicator.ts';

const C1 = 'DfE Children in need, table C1: referrals and re-referrals';

export const REFERRAL_INDICATORS: readonly IndicatorDefinition[] = [
  {
    id: 'contacts',
    title: 'Contacts',
    description: 'Contacts (List 1) with a contact date in the window.',
    unit: 'count',
    polarity: 'neutral',
    kind: 'flow',
    source: 'child-level',
    basis: 'Ofsted Annex A',
  },
  {
    id: 'referrals',
    title: 'Referrals',
    description: 'Referrals with a referral date in the window.',
    unit: 'count',
    polarity: 'neutral',
    kind: 'flow',
    source: 'child-level',
    basis: 'DfE',
    benchmark: { measure: 'referrals', publication: C1 },
  },
  {
    id: 'referral_rate_per_10k',
    title: 'Referrals per 10,000 children',
    description:
      'Referrals with a referral date in the window per 10,000 children aged 0-17 (ONS mid-year estimate: mid-(Y-1) for a window ending in financial year Y-1..Y).',
    unit: 'rate_per_10k',
    polarity: 'neutral',
    kind: 'flow',
    source: 'child-level',
    basis: 'DfE',
    windows: ['year', 'r12'],
    benchmark: { measure: 'referrals', publication: C1, derive: 'rate_per_10k' },
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
    benchmark: { measure: 'rereferrals_12m_pct', publication: C1 },
  },
  {
    id: 'referrals_nfa_pct',
    title: 'Referrals with no further action',
    description: 'Of referrals in the window, those marked "Referral NFA?" = yes.',
    unit: 'percent',
    polarity: 'neutral',
    kind: 'flow',
    source: 'child-level',
    basis: 'DfE',
    benchmark: { measure: 'referrals_nfa_pct', publication: C1 },
  },
];
