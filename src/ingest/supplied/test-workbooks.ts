/** Synthetic supplied-values workbooks built in code with exceljs (no real data anywhere). */
import ExcelJS, { type CellValue } from 'exceljs';
import type { SourceFile } from '../read-result.ts';

/** A cell with a number format, such as `{ value: 0.725, numFmt: '0.0%' }`. */
export interface Formatted {
  value: CellValue;
  numFmt: string;
}

export interface Sheet {
  name: string;
  rows: readonly (readonly (CellValue | Formatted)[])[];
}

/** A workbook file holding the sheets, written by exceljs. */
export async function workbookFile(name: string, sheets: readonly Sheet[]): Promise<SourceFile> {
  const book = new ExcelJS.Workbook();
  for (const sheet of sheets) {
    const worksheet = book.addWorksheet(sheet.name);
    sheet.rows.forEach((cells, r) => {
      cells.forEach((cell, c) => {
        const target = worksheet.getCell(r + 1, c + 1);
        if (isFormatted(cell)) {
          target.value = cell.value;
          target.numFmt = cell.numFmt;
        } else target.value = cell;
      });
    });
  }
  return { name, bytes: new Uint8Array(await book.xlsx.writeBuffer()) };
}

/** A percent-formatted cell holding the fraction Excel stores (0.725 for 72.5%). */
export function pct(fraction: number): Formatted {
  return { value: fraction, numFmt: '0.0%' };
}

function isFormatted(cell: CellValue | Formatted): cell is Formatted {
  return typeof cell === 'object' && cell !== null && 'numFmt' in cell;
}
