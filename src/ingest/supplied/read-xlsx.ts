/** Supplied values in XLSX workbooks: every sheet with the supplied columns, read like a CSV. */
import type { Issue } from '../../domain/index.ts';
import type { FileSummary, SourceFile } from '../read-result.ts';
import { ValueSheet } from '../value-sheet.ts';
import {
  type CheckedZip,
  checkWorkbook,
  forEachSheet,
  unreadableWorkbook,
  workbookMessage,
} from '../xlsx/index.ts';
import type { SuppliedFields } from './fields.ts';
import * as say from './messages.ts';
import { type SuppliedValues, suppliedKind } from './table.ts';
import type { SuppliedReadOptions } from './value.ts';

/** Reads one workbook's values into a read that may span other files; never rejects. */
export async function readWorkbookFile(
  file: SourceFile,
  issues: Issue[],
  values: SuppliedValues,
  options: SuppliedReadOptions,
): Promise<FileSummary> {
  const zip = await checkWorkbook(file.bytes);
  const fail = (message: string) => issues.push({ severity: 'error', file: file.name, message });
  if (typeof zip === 'string') fail(workbookMessage(zip));
  else {
    const sheets = await readSheets(
      zip,
      fail,
      (name) => new ValueSheet(file.name, name, issues, suppliedKind(values, options)),
    );
    if (sheets.length > 0 && !sheets.some((sheet) => sheet.read)) fail(say.NO_VALUES_SHEET);
    return summary(file.name, sheets);
  }
  return summary(file.name, []);
}

/** The workbook's sheets, each read; those read before any failure are kept. */
async function readSheets(
  zip: CheckedZip,
  fail: (message: string) => void,
  open: (name: string) => ValueSheet<SuppliedFields>,
): Promise<ValueSheet<SuppliedFields>[]> {
  const sheets: ValueSheet<SuppliedFields>[] = [];
  try {
    await forEachSheet(zip, (name) => {
      sheets.push(open(name));
      return sheets[sheets.length - 1]!;
    });
  } catch (error) {
    fail(unreadableWorkbook(error instanceof Error ? error.message : String(error)));
  }
  return sheets;
}

function summary(name: string, sheets: readonly ValueSheet<SuppliedFields>[]): FileSummary {
  const rows = sheets.reduce((sum, sheet) => sum + sheet.rows, 0);
  return { name, format: 'supplied-xlsx', list: null, rows };
}
