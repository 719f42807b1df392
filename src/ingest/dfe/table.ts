/** A DfE CSV file (gzipped or not) as a header and numbered rows, with columns found by name. */
import { gunzipSync } from 'node:zlib';
import type { Issue } from '../../domain/index.ts';
import { forEachCsvRow } from '../csv-rows.ts';
import { decodeText } from '../decode-text.ts';
import type { SourceFile } from '../read-result.ts';
import { cellTexts } from '../row-cells.ts';

export interface CsvTable {
  /** The file's name without `.gz`. */
  name: string;
  header: readonly string[];
  /** Data rows with their spreadsheet row number (the header is row 1); blank rows left out. */
  rows: readonly { cells: readonly string[]; row: number }[];
}

/** The file's name without a trailing `.gz`. */
export function baseName(name: string): string {
  return name.replace(/\.gz$/i, '');
}

function bytesOf(file: SourceFile, issues: Issue[]): Uint8Array | null {
  if (!/\.gz$/i.test(file.name)) return file.bytes;
  try {
    return gunzipSync(file.bytes);
  } catch (error) {
    issues.push(fileError(file.name, `The file is not valid gzip: ${(error as Error).message}`));
    return null;
  }
}

export function fileError(file: string, message: string): Issue {
  return { severity: 'error', file, message };
}

/** Reads the file into a table; null (with an issue) when it cannot be read at all. */
export function readTable(file: SourceFile, issues: Issue[]): CsvTable | null {
  const bytes = bytesOf(file, issues);
  if (bytes === null) return null;
  const { text, lossy } = decodeText(bytes);
  if (lossy) issues.push(fileError(file.name, 'The file is not UTF-8 text.'));
  let header: readonly string[] = [];
  const rows: { cells: readonly string[]; row: number }[] = [];
  forEachCsvRow(
    text.replace(/^\uFEFF/, ''),
    (csvRow, row) => {
      const cells = cellTexts(csvRow);
      if (row === 1) header = cells.map((c) => c.trim());
      else if (cells.some((c) => c.trim() !== '')) rows.push({ cells, row });
      return true;
    },
    (problem) => issues.push({ ...fileError(file.name, problem.message), row: problem.row }),
  );
  return { name: baseName(file.name), header, rows };
}

/** Indexes of the named columns; null (with an issue naming the missing ones) when any is absent. */
export function columnsOf<K extends string>(
  table: CsvTable,
  names: readonly K[],
  issues: Issue[],
): Record<K, number> | null {
  const found = {} as Record<K, number>;
  const missing: string[] = [];
  for (const name of names) {
    const index = table.header.indexOf(name);
    if (index < 0) missing.push(name);
    found[name] = index;
  }
  if (missing.length === 0) return found;
  issues.push(fileError(table.name, `Columns missing: ${missing.join(', ')}.`));
  return null;
}

/** The trimmed cell, or '' past the end of a short row. */
export function cellAt(cells: readonly string[], index: number): string {
  return (cells[index] ?? '').trim();
}
