/** Annex A lists supplied as CSV files, one list a file. */
import { estimatedRows, forEachCsvRow } from '../csv-rows.ts';
import { decodeText } from '../decode-text.ts';
import type { ReadProgress } from '../read-progress.ts';
import type { FileSummary, ReadResult, SourceFile } from '../read-result.ts';
import { newReadSession, type ReadSession } from '../read-session.ts';
import { AnnexATable } from './table.ts';

const READ_AS_1252 =
  'This file is not UTF-8, so it was read as Windows-1252 (what Excel saves as plain "CSV"): check that names with accents or symbols read correctly, or save it as "CSV UTF-8".';

/**
 * Reads Annex A CSV files into one record set. Files are read in the order given, so where two
 * hold the same record (same list, child and key date) the later file's row wins.
 */
export function readAnnexACsv(files: readonly SourceFile[]): ReadResult {
  const session = newReadSession();
  const summaries = files.map((file) => readCsvFile(file, session));
  return { records: session.records, issues: session.issues, files: summaries };
}

/** Reads one Annex A CSV file into a read that may span other files. */
export function readCsvFile(
  file: SourceFile,
  session: ReadSession,
  progress?: ReadProgress,
): FileSummary {
  const place = { file: file.name };
  const { text, encoding } = decodeText(file.bytes, 'windows-1252');
  if (encoding !== 'utf-8')
    session.issues.push({ severity: 'warning', ...place, message: READ_AS_1252 });
  const table = new AnnexATable(file.name, place, session);
  session.rowsExpected = estimatedRows(text);
  session.children.expect(session.rowsExpected);
  forEachCsvRow(
    text,
    (cells, row) => table.push(cells, row),
    ({ row, message }) => session.issues.push({ severity: 'error', ...place, row, message }),
    progress?.file(file, text.length),
  );
  table.finish();
  session.rowsExpected = 0;
  return { name: file.name, format: 'annex-a-csv', list: table.list, rows: table.rows };
}
