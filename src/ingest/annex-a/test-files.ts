/** Test helper: synthetic Annex A CSV files built in code (no real data anywhere). */
import { toCsv } from '../csv-write.ts';
import type { SourceFile } from '../read-result.ts';
import { ANNEX_A_HEADERS, type AnnexAList } from './headers.ts';

export type Cells = Readonly<Record<string, string>>;

/** A CSV file from headers and rows given by header (headers not named in a row are blank). */
export function csvFile(
  name: string,
  headers: readonly string[],
  rows: readonly Cells[],
): SourceFile {
  const body = rows.map((row) => headers.map((header) => row[header] ?? ''));
  return textFile(name, toCsv([headers, ...body]));
}

/** A CSV file of one list with its canonical headers. */
export function listFile(
  list: AnnexAList,
  rows: readonly Cells[],
  name = `List ${list}.csv`,
): SourceFile {
  return csvFile(name, ANNEX_A_HEADERS[list], rows);
}

export function textFile(name: string, text: string): SourceFile {
  return { name, bytes: new TextEncoder().encode(text) };
}
