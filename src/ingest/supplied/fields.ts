/** The columns of a supplied-values file and the names councils give them. */
import type { FieldMap } from '../header-match.ts';

export const SUPPLIED_FIELDS = {
  indicator: {
    header: 'indicator',
    variants: ['Indicator ID', 'Indicator id', 'Measure', 'Measure ID', 'Indicator code', 'ID'],
    required: true,
  },
  period: {
    header: 'period',
    variants: ['Reporting period', 'Time period', 'Period label', 'Year'],
    required: true,
  },
  value: { header: 'value', variants: ['Result', 'Outturn', 'Actual', 'Figure'], required: true },
  numerator: { header: 'numerator', variants: ['Num'], required: false },
  denominator: { header: 'denominator', variants: ['Denom'], required: false },
  base: {
    header: 'base',
    variants: ['Respondents', 'Number of respondents', 'Sample size', 'Base (respondents)'],
    required: false,
  },
  ciLower: {
    header: 'ci_lower',
    variants: [
      'Lower CI',
      'CI lower',
      '95% CI lower',
      'Lower 95% CI',
      'Lower confidence limit',
      'LCL',
    ],
    required: false,
  },
  ciUpper: {
    header: 'ci_upper',
    variants: [
      'Upper CI',
      'CI upper',
      '95% CI upper',
      'Upper 95% CI',
      'Upper confidence limit',
      'UCL',
    ],
    required: false,
  },
  note: {
    header: 'note',
    variants: ['Notes', 'Comment', 'Comments', 'Commentary'],
    required: false,
  },
} as const satisfies FieldMap;

export type SuppliedFields = typeof SUPPLIED_FIELDS;
