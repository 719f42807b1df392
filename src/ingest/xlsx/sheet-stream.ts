/** A workbook's sheets, a row at a time, with exceljs's streaming reader (no whole-book DOM). */
import { Readable } from 'node:stream';
import type { CellValue } from 'exceljs';
import type { CheckedZip } from './zip-check.ts';

/** What a caller does with one sheet's rows. */
export interface SheetVisitor {
  /**
   * Takes a row's values (index 0 is column A), its row number and the number format of a
   * column's cell; false skips the rest.
   */
  row(values: readonly CellValue[], row: number, numFmt: NumFmt): boolean;
  /** Called after the sheet's last row. */
  end(): void;
}

/** The number format (such as `0.0%`) of the row's cell in a column (0 is column A). */
export type NumFmt = (column: number) => string | undefined;

interface StreamedRow {
  number: number;
  values: unknown;
  getCell(column: number): { numFmt?: unknown };
}

/** A streamed sheet, with the name exceljs sets but does not declare. */
interface StreamedSheet extends AsyncIterable<StreamedRow> {
  name?: string;
}

const OPTIONS = {
  sharedStrings: 'cache',
  hyperlinks: 'ignore',
  // Styles tell which numbers are dates (and a 1904-based workbook's dates); measured at no cost.
  styles: 'cache',
  worksheets: 'emit',
} as const;

/** The parts exceljs must have read before a sheet, to name it and to stream it from the ZIP. */
const FIRST_PARTS = [
  'xl/workbook.xml',
  'xl/_rels/workbook.xml.rels',
  'xl/styles.xml',
  'xl/sharedStrings.xml',
];

/**
 * Streams every sheet of a checked workbook to the visitor `open` gives for its name, telling
 * `onBytes` the bytes of the workbook fed to the reader so far. Rejects when the XML inside
 * cannot be read.
 */
export async function forEachSheet(
  zip: CheckedZip,
  open: (name: string) => SheetVisitor,
  onBytes?: (bytes: number) => void,
): Promise<void> {
  // exceljs takes a second or two to load: only reading a workbook pays for it.
  const { default: Excel } = await import('exceljs');
  const input = Readable.from(counted(inReadingOrder(zip), onBytes), { objectMode: false });
  const reader = new Excel.stream.xlsx.WorkbookReader(input, OPTIONS);
  let count = 0;
  for await (const sheet of reader as AsyncIterable<StreamedSheet>) {
    count += 1;
    await visit(sheet, open(sheet.name ?? `Sheet${count}`));
  }
}

/**
 * The ZIP's records with the workbook, its relationships, styles and shared strings first. Its
 * streaming reader needs them before the sheets (else it names no sheet, or spools each sheet to
 * a temporary file first), and neither Excel nor exceljs writes them in that order.
 */
function* inReadingOrder({ parts, directory }: CheckedZip): Generator<Buffer> {
  const first = (name: string) => FIRST_PARTS.indexOf(name) >>> 0;
  const ordered = [...parts].sort((a, b) => first(a.name) - first(b.name));
  for (const part of ordered) yield asBuffer(part.record);
  yield asBuffer(directory);
}

const FEED_BYTES = 256 * 1024;

/** The buffers in pieces of at most 256 KB, counting the bytes the reader has asked for. */
function* counted(buffers: Iterable<Buffer>, onBytes?: (bytes: number) => void): Generator<Buffer> {
  if (!onBytes) return yield* buffers;
  let fed = 0;
  for (const buffer of buffers) {
    for (let at = 0; at < buffer.length; at += FEED_BYTES) {
      const piece = buffer.subarray(at, at + FEED_BYTES);
      yield piece;
      fed += piece.length;
      onBytes(fed);
    }
  }
}

function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** Feeds the visitor every row; rows after it says stop are still drained from the stream. */
async function visit(sheet: StreamedSheet, visitor: SheetVisitor): Promise<void> {
  let reading = true;
  for await (const row of sheet) {
    if (!reading) continue;
    const values = row.values as CellValue[];
    values.shift();
    reading = visitor.row(values, row.number, (column) => numFmtOf(row, column));
  }
  visitor.end();
}

function numFmtOf(row: StreamedRow, column: number): string | undefined {
  const numFmt = row.getCell(column + 1).numFmt;
  return typeof numFmt === 'string' ? numFmt : undefined;
}
