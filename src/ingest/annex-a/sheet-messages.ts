/** What a workbook's problems are told, in plain English. */
export {
  ERROR_CELL,
  FORMULA_USED,
  formulasUsed,
  NO_RESULT,
  unreadableWorkbook,
  workbookMessage,
} from '../xlsx/index.ts';

export const EMPTY_SHEET = 'The sheet is empty: there is no header row, so no rows were read.';

export function unknownSheet(sheet: string): string {
  return `The sheet "${sheet}" is not read: neither its name (such as "List 3") nor its column headers say which Annex A list it holds.`;
}

export function titleRows(headerRow: number, skipped: number): string {
  const rows = skipped === 1 ? 'the row above them was' : `the ${skipped} rows above them were`;
  return `The column headers are on row ${headerRow}: ${rows} taken as titles and not read.`;
}
