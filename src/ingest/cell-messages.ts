/** What each kind of unreadable cell is told, in plain English. */
import type { DateProblem } from './parse-date.ts';

export const BLANK_REQUIRED = 'This cell is blank, but every row needs a value here.';
export const NOT_YES_NO = 'Cannot read this as yes or no: use Yes, No or Unknown.';
export const NOT_GENDER = 'Cannot read this as a gender: use Male, Female, Unknown or Neither.';
export const NOT_COUNT =
  'Cannot read this as a count: use a whole number, 0 or more, or leave it blank.';
export const NOT_LEGAL_STATUS =
  'Cannot read this as a legal status: use the Annex A wording (such as "a) Interim care order") or an SSDA903 code (C1, C2, D1, E1, V2, V3, V4, L1, L2, L3, J1, J2, J3).';
export const FORMULA_TEXT =
  'Cannot read this value: a cell starting with =, +, - or @ looks like a spreadsheet formula, which is never run or accepted.';

/** The message for a date cell that could not be read. */
export function dateMessage(problem: DateProblem): string {
  switch (problem) {
    case 'not-a-date':
      return 'Cannot read this as a date: use dd/mm/yyyy, yyyy-mm-dd or an Excel date number.';
    case 'no-such-day':
      return 'This date does not exist: check the day and the month.';
    case 'excel-leap-day':
      return 'This Excel date number means 29 February 1900, a day that did not exist.';
    default: {
      const unreachable: never = problem;
      return unreachable;
    }
  }
}
