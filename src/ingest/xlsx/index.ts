/**
 * xlsx — reads XLSX workbooks for the ingest readers: container checks, streamed rows, cell text.
 * Does not: know any file format's columns, or load exceljs before a workbook is read.
 */
export { type CellProblem, type CellText, cellText, dayText, numberText } from './cell-text.ts';
export { forEachSheet, type SheetVisitor } from './sheet-stream.ts';
export {
  type CheckedZip,
  checkWorkbook,
  isOle,
  isZip,
  type WorkbookProblem,
  type ZipPart,
} from './zip-check.ts';
