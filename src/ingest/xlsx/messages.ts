/** What a workbook's own problems (container, formula and error cells) are told, in plain English. */
import type { WorkbookProblem } from './zip-check.ts';

export const FORMULA_USED = 'Formula cell: its last calculated value was used.';
export const NO_RESULT =
  'Formula cell with no calculated value saved: open the workbook in Excel, let it calculate, save it and import it again.';
export const ERROR_CELL =
  'This cell holds a spreadsheet error, not a value: correct it in the workbook and import it again.';
/** The warning for the formula cells in one column, the first of them at the row. */
export function formulasUsed(count: number): string {
  if (count === 1) return FORMULA_USED;
  return `Formula cell: its last calculated value was used, as it was for all ${count} formula cells in this column.`;
}

export function unreadableWorkbook(detail: string): string {
  return `The workbook could not be read to the end (${detail}): save it again from Excel as an .xlsx workbook and import it again.`;
}

/** The error for a file that cannot be opened as a workbook at all. */
export function workbookMessage(problem: WorkbookProblem): string {
  switch (problem) {
    case 'not-zip':
      return 'This file is not an Excel workbook (.xlsx): if it is a CSV file, name it .csv; otherwise save it from Excel as an .xlsx workbook.';
    case 'cut-short':
      return 'This workbook is incomplete: the file was cut short, perhaps by an interrupted download or copy. Save or copy it again.';
    case 'damaged':
      return 'This workbook is damaged: part of it cannot be unpacked. Save it again from Excel and import it again.';
    case 'not-workbook':
      return 'This file is a ZIP archive but not an Excel workbook: it has no workbook inside. Import the .xlsx workbook itself.';
    case 'encrypted':
      return 'This workbook is protected with a password, so it cannot be read: save a copy without the password and import that.';
    case 'old-xls':
      return 'This is an old-style Excel file (.xls), which Outturn does not read: save it from Excel as an .xlsx workbook.';
    default: {
      const unreachable: never = problem;
      return unreachable;
    }
  }
}
