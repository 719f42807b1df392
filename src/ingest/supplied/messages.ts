/** What each problem in a supplied-values file is told, in plain English. */
import type { IndicatorDefinition, WindowKind } from '../../domain/index.ts';

export const UNKNOWN_INDICATOR =
  'This is not an indicator id in the catalogue: check the spelling (such as "ascof_2b1_at_home_91_days_pct").';
export const COMPUTED =
  'This indicator is computed from child-level records; supply it only with the override option.';
export const NOT_PERIOD =
  'Cannot read this as a period: use a financial year (2024-25), a quarter (2024-25 Q1), a month (2024-04 or Apr-24), year to date (2024-25 to 2024-06) or rolling 12 months (12m to 2024-06).';
export const NOT_NUMBER = 'Cannot read this as a number: use digits such as 12.5, 12.5% or 1,234.';
export const NEGATIVE = 'This cannot be below 0.';
export const NO_VALUE = 'This row has no value: give a value, or a numerator and a denominator.';
export const PERCENT_RANGE = 'A percentage must be between 0 and 100.';
export const NUMERATOR_OVER = 'The numerator is larger than the denominator.';
export const CI_HALF =
  'Only one end of the confidence interval is given: give both ends, or neither. It is ignored.';
export const CI_OUTSIDE =
  'The value lies outside its confidence interval: check the three figures.';
export const CI_NOT_SURVEY =
  'A confidence interval is given for an indicator that is not a survey result: check the indicator.';
export const NO_BASE =
  'This survey result has no base: give the number of respondents so readers can judge it.';
export const NO_ROWS = 'The file has no rows of values under its header.';
export function disagrees(expected: number): string {
  return `The value disagrees with 100 x numerator / denominator (${round2(expected)}) by more than 0.05.`;
}

export function countDisagrees(numerator: number): string {
  return `For a count the numerator is the count, but it is ${numerator} here; the value is kept.`;
}

export function wrongWindow(def: IndicatorDefinition, kind: WindowKind): string {
  const kinds = (def.windows ?? []).join(', ');
  return `"${def.id}" is reported for ${kinds} windows only, not ${kind}.`;
}

export function duplicate(file: string, row: number): string {
  return `The same indicator and period were given at ${file} row ${row}: this later row is kept.`;
}

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}

export const NO_VALUES_SHEET =
  'No sheet of this workbook has the columns of supplied values (indicator, period, value): check the column headers.';

export function sheetSkipped(sheet: string): string {
  return `The sheet "${sheet}" is not read: it has no header row with the columns indicator, period and value.`;
}

export function titleRows(headerRow: number, skipped: number): string {
  const rows = skipped === 1 ? 'the row above them was' : `the ${skipped} rows above them were`;
  return `The column headers are on row ${headerRow}: ${rows} taken as titles and not read.`;
}
