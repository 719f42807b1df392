/** Test helper: synthetic Annex A workbooks built in code with exceljs (no real data anywhere). */
import ExcelJS, { type CellValue } from 'exceljs';
import type { SourceFile } from '../read-result.ts';
import { ANNEX_A_HEADERS, type AnnexAList } from './headers.ts';

export type Values = Readonly<Record<string, CellValue>>;

export interface Sheet {
  name: string;
  rows: readonly (readonly CellValue[])[];
}

/** A workbook file holding the sheets, written by exceljs. */
export async function workbookFile(name: string, sheets: readonly Sheet[]): Promise<SourceFile> {
  const book = new ExcelJS.Workbook();
  for (const sheet of sheets) {
    const worksheet = book.addWorksheet(sheet.name);
    for (const row of sheet.rows) worksheet.addRow([...row]);
  }
  return { name, bytes: new Uint8Array(await book.xlsx.writeBuffer()) };
}

/** A sheet from headers and rows given by header (headers not named in a row are blank). */
export function sheet(name: string, headers: readonly string[], rows: readonly Values[]): Sheet {
  return { name, rows: [headers, ...rows.map((row) => headers.map((h) => row[h] ?? null))] };
}

/** A sheet of one list with its canonical headers. */
export function listSheet(list: AnnexAList, rows: readonly Values[], name = `List ${list}`): Sheet {
  return sheet(name, ANNEX_A_HEADERS[list], rows);
}

/** A UTC-midnight Date, as exceljs gives a date cell. */
export function utcDate(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}
