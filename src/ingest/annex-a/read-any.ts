/** Annex A as a council sends it: any mix of workbooks and CSV lists, read as one extract. */
import { setImmediate } from 'node:timers/promises';
import type { ReadProgress } from '../read-progress.ts';
import type { FileSummary, ReadResult, SourceFile } from '../read-result.ts';
import { newReadSession } from '../read-session.ts';
import { isWorkbook } from '../xlsx/index.ts';
import { readCsvFile } from './read-csv.ts';
import { readWorkbookFile } from './read-xlsx.ts';

/**
 * Reads Annex A workbooks and CSV lists into one record set. A file is a workbook when its bytes
 * are a ZIP or OLE file or its name ends `.xlsx` (or `.xls`, `.xlsm`); otherwise a CSV list.
 * Files are read in the order given, so a record in a later file wins, whatever its format.
 */
export async function readAnnexA(
  files: readonly SourceFile[],
  progress?: ReadProgress,
): Promise<ReadResult> {
  const session = newReadSession();
  const summaries: FileSummary[] = [];
  for (const file of files) {
    summaries.push(
      isWorkbook(file)
        ? await readWorkbookFile(file, session, progress)
        : readCsvFile(file, session, progress),
    );
    // A server answering while it imports (the upload page's progress) gets a turn per file.
    await setImmediate();
  }
  const { records, issues } = session;
  return { records, issues, files: summaries, childKeys: session.merge.childKeys(records) };
}

export { isWorkbook };
