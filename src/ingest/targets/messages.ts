/** What each problem in a targets file is told, in plain English. */
import { financialYearLabel } from '../../domain/index.ts';

export const UNKNOWN_INDICATOR =
  'This is not an indicator id in the catalogue nor one of the council’s local indicators: check the spelling (such as "rereferrals_12m_pct").';
export const NOT_YEAR =
  'Cannot read this as a financial year: write it as 2024-25, 2024/25, FY24/25 or 202425.';
export const NOT_NUMBER = 'Cannot read this as a number: use digits such as 12.5, 12.5% or 1,234.';
export const NEGATIVE = 'This cannot be below 0.';
export const PERCENT_RANGE = 'A percentage target must be between 0 and 100.';
export const PERCENT_SMALL = 'This percentage target is below 1%: write 85 for a target of 85%.';
export const NOT_KIND =
  'Cannot read this as a tolerance kind: write "absolute" (in the indicator’s own unit, such as percentage points) or "relative" (a percentage of the target).';
export const KIND_MISSING =
  'A tolerance is given without its kind: say in the "tolerance kind" column whether it is absolute or relative.';
export const KIND_ALONE =
  'A tolerance kind is given without a tolerance: give the tolerance too, or leave both blank for the council’s own rule.';
export const RELATIVE_RANGE =
  'A relative tolerance is a percentage of the target, from 0 to 100 (5 for "within 5% of target").';
export const RELATIVE_SMALL =
  'A relative tolerance is read as a percentage of the target: this is less than 1%. Write 5 for "within 5% of target".';
export const ZERO_RELATIVE =
  'A relative tolerance of a target of 0 is 0: only meeting the target exactly is green, anything worse red.';
export const NO_ROWS = 'The file has no rows of targets under its header.';
export const NO_TARGETS_SHEET =
  'No sheet of this workbook has the columns of targets (indicator, financial year, target): check the column headers.';

export function bareYear(year: number): string {
  return `A year on its own is read as the financial year starting in April of it: ${year} is ${financialYearLabel(year)}. Write ${financialYearLabel(year - 1)} if you meant the year ending in March ${year}.`;
}

export function duplicate(file: string, row: number): string {
  return `The same indicator and financial year are given at ${file} row ${row}: give one target for each.`;
}

export function sheetSkipped(sheet: string): string {
  return `The sheet "${sheet}" is not read: it has no header row with the columns indicator, financial year and target.`;
}
