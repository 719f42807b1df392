/**
 * A percent-formatted cell as the text Excel shows and saves to CSV: Excel stores 72.5% as 0.725,
 * so such a cell reads as `72.5%`, exactly as a CSV saved from the workbook would hold it.
 */
import type { CellValue } from 'exceljs';
import { type CellText, cellText, numberText } from './cell-text.ts';

/** The cell's text as `cellText` gives it, but a percent-formatted number as `72.5%`. */
export function formattedCellText(value: CellValue, numFmt: string | undefined): CellText {
  const text = cellText(value);
  const n = numFmt !== undefined && isPercentFormat(numFmt) ? numberIn(value) : null;
  if (n === null) return text;
  if (typeof text === 'string') return percentText(n);
  return text.kind === 'formula' ? { ...text, text: percentText(n) } : text;
}

/** Whether a number format shows a percentage (a `%` outside quoted literal text). */
export function isPercentFormat(numFmt: string): boolean {
  return numFmt
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .includes('%');
}

/** 0.725 → `72.5%`, without the float noise of the multiplication (0.073 × 100 is 7.3). */
export function percentText(fraction: number): string {
  return `${numberText(Number((fraction * 100).toPrecision(15)))}%`;
}

/** The cell's number, or a formula's numeric result; null for anything else. */
function numberIn(value: CellValue): number | null {
  if (typeof value === 'number') return value;
  if (value === null || typeof value !== 'object' || !('result' in value)) return null;
  return typeof value.result === 'number' ? value.result : null;
}
