/**
 * A workbook cell's value as the text a CSV would hold: numbers as plain decimals, dates as
 * `yyyy-mm-dd`, rich text joined; formulas and error cells flagged for the caller to report.
 */
import type { CellValue } from 'exceljs';

/** A cell the caller must report on: a formula's saved value was used, or there is no value. */
export type CellProblem =
  | { kind: 'formula'; text: string; formula: string }
  | { kind: 'uncalculated'; formula: string }
  | { kind: 'error'; value: string };

export type CellText = string | CellProblem;

type Formula = { formula?: string; sharedFormula?: string; result?: unknown };
type RichText = { richText: readonly { text?: string | null }[] };

/** The cell's text, or the problem with it. */
export function cellText(value: CellValue): CellText {
  if (value === null || value === undefined) return '';
  if (typeof value !== 'object') return plainText(value);
  if (value instanceof Date) return dayText(value);
  if ('error' in value) return { kind: 'error', value: value.error };
  if ('formula' in value || 'sharedFormula' in value) return formulaText(value);
  return richOrLink(value);
}

function plainText(value: string | number | boolean): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return numberText(value);
}

/** A number as plain decimal text, never with an exponent (`1e-7` → `0.0000001`). */
export function numberText(value: number): string {
  const text = String(value);
  if (!Number.isFinite(value) || !/e/i.test(text)) return text;
  return value.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 });
}

/** The calendar day of an exceljs date (Excel dates come as UTC midnight), as `yyyy-mm-dd`. */
export function dayText(date: Date): string {
  if (Number.isNaN(date.getTime())) return String(date);
  const year = String(date.getUTCFullYear()).padStart(4, '0');
  const month = String(date.getUTCMonth() + 1).padStart(2, '0');
  const day = String(date.getUTCDate()).padStart(2, '0');
  return `${year}-${month}-${day}`;
}

function formulaText(value: Formula): CellText {
  const formula = `=${value.formula ?? value.sharedFormula ?? ''}`;
  const result = value.result;
  if (result === undefined || result === null) return { kind: 'uncalculated', formula };
  if (typeof result === 'number' && Number.isNaN(result)) return { kind: 'error', value: formula };
  const text = cellText(result as CellValue);
  if (typeof text !== 'string') return { kind: 'error', value: formula };
  return { kind: 'formula', text, formula };
}

/** Rich text (its runs joined) or a hyperlink (its text). */
function richOrLink(value: object): string {
  if ('richText' in value)
    return (value as RichText).richText.map((run) => run.text ?? '').join('');
  if ('text' in value) {
    const text = cellText(value.text as CellValue);
    return typeof text === 'string' ? text : '';
  }
  return '';
}
