/** Supplied values in CSV files: one table a file, read in the order given. */
import type { Issue } from '../../domain/index.ts';
import { forEachCsvRow } from '../csv-rows.ts';
import { decodeText } from '../decode-text.ts';
import type { FileSummary, SourceFile } from '../read-result.ts';
import { ValueTable } from '../value-table.ts';
import { SuppliedValues, suppliedKind } from './table.ts';
import type { SuppliedReadOptions, SuppliedValue } from './value.ts';

export interface SuppliedReadResult {
  values: SuppliedValue[];
  issues: Issue[];
  files: FileSummary[];
}

/**
 * Reads CSV files of supplied values (`indicator, period, value, numerator, denominator`, and for
 * surveys `base`, `ci_lower`, `ci_upper`; `note` optional). Where two rows give the same indicator
 * and period, the later one (later file, later row) wins, with a warning.
 */
export function readSuppliedValues(
  files: readonly SourceFile[],
  options: SuppliedReadOptions,
): SuppliedReadResult {
  const issues: Issue[] = [];
  const values = new SuppliedValues();
  const summaries = files.map((file) => readCsvFile(file, issues, values, options));
  return { values: values.list(), issues, files: summaries };
}

/** Reads one CSV file's values into a read that may span other files. */
export function readCsvFile(
  file: SourceFile,
  issues: Issue[],
  values: SuppliedValues,
  options: SuppliedReadOptions,
): FileSummary {
  const place = { file: file.name };
  const { text } = decodeText(file.bytes, 'windows-1252');
  const table = new ValueTable(place, issues, suppliedKind(values, options));
  forEachCsvRow(
    text,
    (cells, row) => table.push(cells, row),
    ({ row, message }) => issues.push({ severity: 'error', ...place, row, message }),
  );
  table.finish();
  return { name: file.name, format: 'supplied-csv', list: null, rows: table.rows };
}
