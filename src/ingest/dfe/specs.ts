/** Which published columns and rows give each catalogue indicator, file by file. */

/** One indicator from columns of one row: a count (numerator = value) or a percent or rate. */
export interface WideMeasure {
  id: string;
  value: string;
  numerator: string | null;
  denominator: string | null;
  /** Only rows whose column holds this value. */
  when?: readonly [column: string, value: string];
}

/** One percentage from a breakdown row, with the group's total row as the denominator. */
export interface LongMeasure {
  id: string;
  group: string;
  target: string;
  total: string;
}

export interface WideSpec {
  kind: 'wide';
  prefix: string;
  measures: readonly WideMeasure[];
}

export interface LongSpec {
  kind: 'long';
  prefix: string;
  groupColumn: string;
  breakdownColumn: string;
  countColumn: string;
  percentColumn: string;
  measures: readonly LongMeasure[];
}

export type BenchmarkSpec = WideSpec | LongSpec;

const count = (id: string, column: string, when?: WideMeasure['when']): WideMeasure => ({
  id,
  value: column,
  numerator: column,
  denominator: null,
  ...(when ? { when } : {}),
});

const share = (id: string, value: string, numerator: string, denominator: string) => ({
  id,
  value,
  numerator,
  denominator,
});

const CLA_AT_31 = ['population_type', 'Children looked after on 31 March each year'] as const;
const CLA_STARTS = ['population_type', 'Children starting to be looked after each year'] as const;
const CLA_CEASED = ['population_type', 'Children ceasing to be looked after each year'] as const;

const CARE_LEAVERS = {
  kind: 'long',
  groupColumn: 'care_leaver_age',
  breakdownColumn: 'breakdown',
  countColumn: 'care_leaver_count',
  percentColumn: 'care_leaver_percent',
} as const;

const EET = 'Total in education, employment or training';
const SUITABLE = 'Accommodation considered suitable';

/** File name prefixes (lower case, without `.gz`) and what each file gives. */
export const BENCHMARK_SPECS: readonly BenchmarkSpec[] = [
  { kind: 'wide', prefix: 'b1_children_in_need', measures: [count('cin_open', 'At31_episodes')] },
  {
    kind: 'wide',
    prefix: 'c1_children_in_need_referrals',
    measures: [
      count('referrals', 'referral_count'),
      share('rereferrals_12m_pct', 'rereferral_percent', 'rereferral_count', 'referral_count'),
      share(
        'referrals_nfa_pct',
        'no_further_action_percent',
        'no_further_action_count',
        'referral_count',
      ),
    ],
  },
  {
    kind: 'wide',
    prefix: 'd3_cpps_subsequent_plan',
    measures: [
      count('cpp_starts', 'CPP_start'),
      share('cpp_repeat_pct', 'CPP_subsequent_percent', 'CPP_subsequent', 'CPP_start'),
    ],
  },
  {
    kind: 'wide',
    prefix: 'd5_cpps_at31march_by_duration',
    measures: [
      count('cpp_open', 'CPP_At31'),
      share('cpp_open_2y_plus_pct', '2_years_or_more_percent', '2_years_or_more', 'CPP_At31'),
    ],
  },
  {
    kind: 'wide',
    prefix: 'cla_number_and_rate_per_10k',
    measures: [
      count('cla_open', 'children_count', CLA_AT_31),
      {
        ...share('cla_rate_per_10k', 'rate_per_10000', 'children_count', 'population_estimate'),
        when: CLA_AT_31,
      },
      count('cla_starts', 'children_count', CLA_STARTS),
      count('cla_ceased', 'children_count', CLA_CEASED),
    ],
  },
  {
    kind: 'long',
    prefix: 'la_cla_placement_stability',
    groupColumn: 'cla_group',
    breakdownColumn: 'placement_stability',
    countColumn: 'children_count',
    percentColumn: 'children_percent',
    measures: [
      {
        id: 'cla_3plus_placements_pct',
        group: 'CLA on 31 March',
        target: 'With 3 or more placements during the year',
        total: 'Total children',
      },
      {
        id: 'cla_long_term_stability_pct',
        group:
          'Children looked after continuously for at least 2.5 years on 31 March aged under 16 years',
        target: 'Living with the same carer for at least 2 years',
        total: 'Total children',
      },
    ],
  },
  {
    ...CARE_LEAVERS,
    prefix: 'la_care_leavers_activity',
    measures: [
      { id: 'care_leavers_eet_17_18_pct', group: '17 to 18 years', target: EET, total: 'Total' },
      { id: 'care_leavers_eet_19_21_pct', group: '19 to 21 years', target: EET, total: 'Total' },
    ],
  },
  {
    ...CARE_LEAVERS,
    prefix: 'la_care_leavers_accommodation_suitability',
    measures: [
      {
        id: 'care_leavers_suitable_accom_17_18_pct',
        group: '17 to 18 years',
        target: SUITABLE,
        total: 'Suitability total',
      },
      {
        id: 'care_leavers_suitable_accom_19_21_pct',
        group: '19 to 21 years',
        target: SUITABLE,
        total: 'Suitability total',
      },
    ],
  },
];
