/** Child protection plans: child-level indicators the engine computes (indicators.md). */
import type { IndicatorDefinition } from '../indicator.ts';

const D3 = 'DfE Children in need, table D3: second or subsequent child protection plans';
const D5 = 'DfE Children in need, table D5: child protection plans at 31 March by duration';

const PLAN = { source: 'child-level', basis: 'DfE' } as const;

export const PROTECTION_INDICATORS: readonly IndicatorDefinition[] = [
  {
    id: 'cpp_starts',
    title: 'Child protection plans started',
    description: 'Child protection plans with a start date in the window.',
    unit: 'count',
    polarity: 'neutral',
    kind: 'flow',
    ...PLAN,
    benchmark: { measure: 'cpp_starts', publication: D3 },
  },
  {
    id: 'cpp_ends',
    title: 'Child protection plans ended',
    description: 'Child protection plans with an end date in the window.',
    unit: 'count',
    polarity: 'neutral',
    kind: 'flow',
    ...PLAN,
  },
  {
    id: 'cpp_open',
    title: 'Children on a child protection plan',
    description:
      "Child protection plans open at the window's end: started on or before it and not ended on or before it (a plan ending on 31 March is not open at 31 March).",
    unit: 'count',
    polarity: 'neutral',
    kind: 'snapshot',
    ...PLAN,
    benchmark: { measure: 'cpp_open', publication: D5 },
  },
  {
    id: 'cpp_rate_per_10k',
    title: 'Children on a child protection plan per 10,000 children',
    description:
      'cpp_open per 10,000 children aged 0-17 (ONS mid-year estimate: mid-(Y-1) for a window ending in financial year Y-1..Y); no rate without a population.',
    unit: 'rate_per_10k',
    polarity: 'neutral',
    kind: 'snapshot',
    ...PLAN,
    benchmark: { measure: 'cpp_open', publication: D5, derive: 'rate_per_10k' },
  },
  {
    id: 'cpp_repeat_pct',
    title: 'Second or subsequent child protection plans (ever)',
    description:
      'Of plans started in the window, those where the child had an earlier plan: another plan of the same child with an earlier start date anywhere in the data (before its start, too), or "Number of Previous Child Protection Plans" above 0.',
    unit: 'percent',
    polarity: 'lower_is_better',
    kind: 'flow',
    ...PLAN,
    benchmark: { measure: 'cpp_repeat_pct', publication: D3 },
  },
  {
    id: 'cpp_repeat_2y_pct',
    title: 'Child protection plans within 2 years of a previous plan',
    description:
      'Of plans started in the window, those where the child had another plan that ended 2 years or less before this one started: an end date on or before the start date and on or after the same date 2 years earlier (29 February giving 28 February). Only plans in the data count; "Number of Previous Child Protection Plans" does not say when they ended.',
    unit: 'percent',
    polarity: 'lower_is_better',
    kind: 'flow',
    source: 'child-level',
    basis: 'local',
  },
  {
    id: 'cpp_ended_2y_plus_pct',
    title: 'Plans ended that had lasted 2 years or more',
    description:
      'Of plans ended in the window, those whose end date is on or after the date 2 years after their start (the same day of the month; a plan started on 29 February reaches 2 years on 28 February). DfE table D7, former NI 64.',
    unit: 'percent',
    polarity: 'lower_is_better',
    kind: 'flow',
    ...PLAN,
  },
  {
    id: 'cpp_open_2y_plus_pct',
    title: 'Open plans that have lasted 2 years or more',
    description:
      "Of plans open at the window's end, those for which that date is on or after the date 2 years after their start (29 February giving 28 February). DfE table D5.",
    unit: 'percent',
    polarity: 'lower_is_better',
    kind: 'snapshot',
    ...PLAN,
    benchmark: { measure: 'cpp_open_2y_plus_pct', publication: D5 },
  },
  {
    id: 'cpp_open_15m_plus',
    title: 'Open plans that have lasted 15 months or more',
    description:
      "Plans open at the window's end for which that date is on or after the date 15 calendar months after their start (the review threshold councils use; a start on the 29th to 31st reaching it on the last day of a shorter month).",
    unit: 'count',
    polarity: 'lower_is_better',
    kind: 'snapshot',
    source: 'child-level',
    basis: 'local',
  },
];
