/**
 * xlsx — reads XLSX workbooks for the ingest readers: container checks, streamed rows, cell text.
 * Does not: know any file format's columns, or load exceljs before a workbook is read.
 */
export { type CellPlace, CellProblems, problemText } from './cell-problems.ts';
export { type CellProblem, type CellText, cellText, dayText, numberText } from './cell-text.ts';
export {
  ERROR_CELL,
  FORMULA_USED,
  formulasUsed,
  NO_RESULT,
  unreadableWorkbook,
  workbookMessage,
} from './messages.ts';
export { formattedCellText, isPercentFormat, percentText } from './percent-text.ts';
export { forEachSheet, type NumFmt, type SheetVisitor } from './sheet-stream.ts';
export { isWorkbook } from './workbook-file.ts';
export {
  type CheckedZip,
  checkWorkbook,
  isOle,
  isZip,
  type WorkbookProblem,
  type ZipPart,
} from './zip-check.ts';
