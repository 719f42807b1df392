/** Supplied values as a council sends them: any mix of CSV files and XLSX workbooks. */
import type { Issue } from '../../domain/index.ts';
import type { FileSummary, SourceFile } from '../read-result.ts';
import { isWorkbook } from '../xlsx/index.ts';
import { readCsvFile, type SuppliedReadResult } from './read-csv.ts';
import { readWorkbookFile } from './read-xlsx.ts';
import { SuppliedValues } from './table.ts';
import type { SuppliedReadOptions } from './value.ts';

/**
 * Reads CSV files and XLSX workbooks of supplied values. A file is a workbook when its bytes are a
 * ZIP (or OLE) file or its name ends `.xlsx`; otherwise CSV. In a workbook every sheet with the
 * supplied columns is read and others are skipped with a warning. A percent-formatted cell reads
 * as Excel shows it (0.725 as `72.5%`, so 72.5), as a CSV saved from the workbook would. Where two
 * rows give the same indicator and period, the later one (later file, sheet or row) wins.
 */
export async function readSuppliedFiles(
  files: readonly SourceFile[],
  options: SuppliedReadOptions,
): Promise<SuppliedReadResult> {
  const issues: Issue[] = [];
  const values = new SuppliedValues();
  const summaries: FileSummary[] = [];
  for (const file of files) {
    summaries.push(
      isWorkbook(file)
        ? await readWorkbookFile(file, issues, values, options)
        : readCsvFile(file, issues, values, options),
    );
  }
  return { values: values.list(), issues, files: summaries };
}
