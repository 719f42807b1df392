/** Annex A workbooks: a sheet per list, each sheet read like a CSV list, a row at a time. */
import type { ReadProgress, ReadTick } from '../read-progress.ts';
import type { FileSummary, ReadResult, SheetSummary, SourceFile } from '../read-result.ts';
import { newReadSession, type ReadSession } from '../read-session.ts';
import { type CheckedZip, checkWorkbook, forEachSheet } from '../xlsx/index.ts';
import { unreadableWorkbook, workbookMessage } from './sheet-messages.ts';
import { SheetTable } from './sheet-table.ts';

/**
 * Reads Annex A XLSX workbooks into one record set. Sheets named `List 1` .. `List 11` (or
 * holding a list's headers) are read as the CSV lists are; other sheets are set aside with a
 * warning. Files are read in the order given, so a record in a later file wins.
 */
export async function readAnnexAXlsx(files: readonly SourceFile[]): Promise<ReadResult> {
  const session = newReadSession();
  const summaries: FileSummary[] = [];
  for (const file of files) summaries.push(await readWorkbookFile(file, session));
  return { records: session.records, issues: session.issues, files: summaries };
}

/** Reads one workbook into a read that may span other files; never rejects. */
export async function readWorkbookFile(
  file: SourceFile,
  session: ReadSession,
  progress?: ReadProgress,
): Promise<FileSummary> {
  const tick = progress?.file(file);
  const zip = await checkWorkbook(file.bytes);
  if (typeof zip === 'string') fail(session, file.name, workbookMessage(zip));
  const sheets = typeof zip === 'string' ? [] : await readSheets(file.name, zip, session, tick);
  return summarise(
    file.name,
    sheets.map((sheet) => sheet.summary()),
  );
}

/** The workbook's sheets, each read; those read before any failure are kept. */
async function readSheets(
  file: string,
  zip: CheckedZip,
  session: ReadSession,
  tick?: ReadTick,
): Promise<SheetTable[]> {
  const sheets: SheetTable[] = [];
  try {
    const open = (name: string) => {
      sheets.push(new SheetTable(file, name, session));
      return sheets[sheets.length - 1]!;
    };
    await forEachSheet(zip, open, tick);
  } catch (error) {
    fail(session, file, unreadableWorkbook(error instanceof Error ? error.message : String(error)));
  }
  return sheets;
}

function fail(session: ReadSession, file: string, message: string): void {
  session.issues.push({ severity: 'error', file, message });
}

/** The file's lists: its one list when it has one, and the data rows of all its lists. */
function summarise(name: string, sheets: SheetSummary[]): FileSummary {
  const lists = [...new Set(sheets.flatMap((sheet) => (sheet.list === null ? [] : [sheet.list])))];
  const rows = sheets.reduce((sum, sheet) => sum + sheet.rows, 0);
  return {
    name,
    format: 'annex-a-xlsx',
    list: lists.length === 1 ? lists[0]! : null,
    rows,
    sheets,
  };
}
