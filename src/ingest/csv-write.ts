/** Rows to CSV text, as the demo generator and tests write Annex A files. */
import Papa from 'papaparse';

/** CSV with CRLF line ends (each row, the last included), quoting only where needed. */
export function toCsv(rows: readonly (readonly string[])[]): string {
  if (rows.length === 0) return '';
  return `${Papa.unparse(rows as string[][], { newline: '\r\n', quotes: false })}\r\n`;
}
