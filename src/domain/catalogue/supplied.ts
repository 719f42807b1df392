/** Supplied indicators: no child-level source; their values arrive as values (indicators.md). */
import type { IndicatorDefinition } from '../indicator.ts';

export const SUPPLIED_INDICATORS: readonly IndicatorDefinition[] = [
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
