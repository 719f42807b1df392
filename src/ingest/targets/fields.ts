/** The columns of a targets file and the names councils give them. */
import type { FieldMap } from '../header-match.ts';

export const TARGET_FIELDS = {
  indicator: {
    header: 'indicator',
    variants: ['Indicator ID', 'Indicator id', 'Measure', 'Measure ID', 'Indicator code', 'ID'],
    required: true,
  },
  financialYear: {
    header: 'financial year',
    variants: ['Financial year', 'FY', 'Year', 'Target year', 'Period'],
    required: true,
  },
  target: {
    header: 'target',
    variants: ['Target value', 'Value', 'Year-end target', 'Year end target'],
    required: true,
  },
  tolerance: {
    header: 'tolerance',
    variants: ['Amber tolerance', 'Tolerance amount', 'Tolerance value'],
    required: false,
  },
  toleranceKind: {
    header: 'tolerance kind',
    variants: ['Tolerance type', 'Tolerance basis', 'Kind'],
    required: false,
  },
  profile: {
    header: 'profile',
    variants: ['Monthly profile', 'Profile (April to March)', 'Profile Apr-Mar'],
    required: false,
  },
} as const satisfies FieldMap;

export type TargetFields = typeof TARGET_FIELDS;
