/** Targets as a council sends them: CSV files and XLSX workbooks, read in the order given. */
import type { Issue } from '../../domain/index.ts';
import { forEachCsvRow } from '../csv-rows.ts';
import { decodeText } from '../decode-text.ts';
import type { SourceFile } from '../read-result.ts';
import { ValueSheet } from '../value-sheet.ts';
import { ValueTable } from '../value-table.ts';
import {
  checkWorkbook,
  forEachSheet,
  isWorkbook,
  unreadableWorkbook,
  workbookMessage,
} from '../xlsx/index.ts';
import type { TargetFields } from './fields.ts';
import * as say from './messages.ts';
import { TargetsRead, targetKind } from './table.ts';
import type { ReadTarget, TargetReadOptions } from './target.ts';

export interface TargetFileSummary {
  name: string;
  format: 'csv' | 'xlsx';
  /** Data rows read. */
  rows: number;
}

export interface TargetReadResult {
  targets: ReadTarget[];
  issues: Issue[];
  files: TargetFileSummary[];
}

/**
 * Reads targets (`indicator, financial year, target`, and optionally `tolerance, tolerance kind,
 * profile`) from CSV files and XLSX workbooks; in a workbook, every sheet with those columns
 * (title rows above the header allowed). One target per indicator and financial year across the
 * files: a second is an error. The caller stores them only when no issue is an error.
 */
export async function readTargetFiles(
  files: readonly SourceFile[],
  options: TargetReadOptions,
): Promise<TargetReadResult> {
  const read = new TargetsRead([], options);
  const summaries: TargetFileSummary[] = [];
  for (const file of files) {
    summaries.push(isWorkbook(file) ? await readWorkbook(file, read) : readCsv(file, read));
  }
  return { targets: read.list(), issues: read.issues, files: summaries };
}

function readCsv(file: SourceFile, read: TargetsRead): TargetFileSummary {
  const place = { file: file.name };
  const { text } = decodeText(file.bytes, 'windows-1252');
  const table = new ValueTable(place, read.issues, targetKind(read));
  forEachCsvRow(
    text,
    (cells, row) => table.push(cells, row),
    ({ row, message }) => read.issues.push({ severity: 'error', ...place, row, message }),
  );
  table.finish();
  return { name: file.name, format: 'csv', rows: table.rows };
}

async function readWorkbook(file: SourceFile, read: TargetsRead): Promise<TargetFileSummary> {
  const fail = (message: string) =>
    read.issues.push({ severity: 'error', file: file.name, message });
  const zip = await checkWorkbook(file.bytes);
  const sheets: ValueSheet<TargetFields>[] = [];
  if (typeof zip === 'string') fail(workbookMessage(zip));
  else {
    try {
      await forEachSheet(zip, (name) => {
        const sheet = new ValueSheet(file.name, name, read.issues, targetKind(read));
        sheets.push(sheet);
        return sheet;
      });
    } catch (error) {
      fail(unreadableWorkbook(error instanceof Error ? error.message : String(error)));
    }
    if (sheets.length > 0 && !sheets.some((s) => s.read)) fail(say.NO_TARGETS_SHEET);
  }
  const rows = sheets.reduce((sum, s) => sum + s.rows, 0);
  return { name: file.name, format: 'xlsx', rows };
}
