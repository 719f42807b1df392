/**
 * The funnel (threshold monitoring, local): how many contacts become referrals, referrals
 * assessments, and section 47 enquiries conferences. Shown together so committees can see
 * where thresholds are applied.
 */
import type { IndicatorDefinition } from '../indicator.ts';

export const FUNNEL_INDICATORS: readonly IndicatorDefinition[] = [
  {
    id: 'contacts_to_referral_pct',
    title: 'Contacts leading to a referral',
    description:
      'Of contacts in the window, those whose child has a referral dated 0-30 days after the contact.',
    unit: 'percent',
    polarity: 'neutral',
    kind: 'flow',
    source: 'child-level',
    basis: 'local',
  },
  {
    id: 'referrals_to_assessment_pct',
    title: 'Referrals leading to an assessment',
    description:
      'Of referrals in the window, those whose child has an assessment starting 0-30 days after the referral.',
    unit: 'percent',
    polarity: 'neutral',
    kind: 'flow',
    source: 'child-level',
    basis: 'local',
  },
  {
    id: 's47_to_icpc_pct',
    title: 'Section 47 enquiries leading to a conference',
    description:
      'Of section 47 enquiries starting in the window, those with an initial child protection conference.',
    unit: 'percent',
    polarity: 'neutral',
    kind: 'flow',
    source: 'child-level',
    basis: 'local',
  },
];
