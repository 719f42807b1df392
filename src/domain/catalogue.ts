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
  // Supplied indicators: no child-level source; their values arrive as values (indicators.md).
  {
    id: 'ascof_3d1a_self_directed_support_pct',
    title: 'Adults receiving self-directed support',
    description:
      'Of adults receiving long-term support on 31 March, those receiving it through self-directed support (personal budgets or direct payments).',
    unit: 'percent',
    polarity: 'higher_is_better',
    kind: 'snapshot',
    source: 'supplied',
    basis: 'ASCOF 3D(1a)',
    windows: ['year'],
  },
  {
    id: 'ascof_3d2a_direct_payments_pct',
    title: 'Adults receiving direct payments',
    description:
      'Of adults receiving long-term support on 31 March, those receiving it as direct payments.',
    unit: 'percent',
    polarity: 'higher_is_better',
    kind: 'snapshot',
    source: 'supplied',
    basis: 'ASCOF 3D(2a)',
    windows: ['year'],
  },
  {
    id: 'ascof_2b1_at_home_91_days_pct',
    title: 'Older people at home 91 days after discharge into reablement',
    description:
      'Of people aged 65 and over discharged from hospital into reablement or rehabilitation services, those still at home 91 days after discharge.',
    unit: 'percent',
    polarity: 'higher_is_better',
    kind: 'cohort',
    source: 'supplied',
    basis: 'ASCOF 2B(1)',
    windows: ['year'],
  },
  {
    id: 'carers_self_directed_support_pct',
    title: 'Carers receiving self-directed support',
    description:
      'Of carers receiving carer-specific support, those receiving it through self-directed support.',
    unit: 'percent',
    polarity: 'higher_is_better',
    kind: 'snapshot',
    source: 'supplied',
    basis: 'ASCOF 3D(1b)',
  },
  {
    id: 'carers_direct_payments_pct',
    title: 'Carers receiving direct payments',
    description:
      'Of carers receiving carer-specific support, those receiving it as direct payments.',
    unit: 'percent',
    polarity: 'higher_is_better',
    kind: 'snapshot',
    source: 'supplied',
    basis: 'ASCOF 3D(2b)',
  },
  {
    id: 'enablement_clients',
    title: 'People receiving enablement or reablement',
    description:
      'People who received enablement or reablement (short-term support to maximise independence) in the window, reported against a target.',
    unit: 'count',
    polarity: 'higher_is_better',
    kind: 'flow',
    source: 'supplied',
    basis: 'local',
  },
  {
    id: 'carers_short_breaks',
    title: "Carers' short breaks",
    description: 'Short breaks (respite) provided for carers in the window.',
    unit: 'count',
    polarity: 'higher_is_better',
    kind: 'flow',
    source: 'supplied',
    basis: 'local',
  },
  {
    id: 'asc_survey_control_daily_life_pct',
    title: 'Service users who have control over their daily life',
    description:
      'Of respondents to the adult social care survey, those who say they have as much control over their daily life as they want, or adequate control.',
    unit: 'percent',
    polarity: 'higher_is_better',
    kind: 'cohort',
    source: 'supplied',
    basis: 'Adult Social Care Survey',
    windows: ['year'],
    survey: true,
  },
  {
    id: 'case_file_audits_adequate_pct',
    title: 'Case file audits judged adequate or better',
    description: 'Of case files audited in the window, those judged adequate or better.',
    unit: 'percent',
    polarity: 'higher_is_better',
    kind: 'flow',
    source: 'supplied',
    basis: 'local',
  },
  {
    id: 'children_seen_10wd_pct',
    title: 'Children seen within 10 working days of the start of their assessment',
    description:
      "Of assessments started in the window, those where the child was seen within 10 working days of the start. Supplied from the council's own system until a child-level field for it is imported.",
    unit: 'percent',
    polarity: 'higher_is_better',
    kind: 'flow',
    source: 'supplied',
    basis: 'local',
  },
];

export function findIndicator(id: string): IndicatorDefinition | undefined {
  return CATALOGUE.find((def) => def.id === id);
}
