/** Plain-text tables for the terminal. */
import { displayDecimals, findIndicator, formatValue } from '../domain/index.ts';
import type { ComputeOutput } from './compute.ts';

/** Lays out rows under a header, columns padded to their widest cell. */
export function textTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

/** One row per indicator and point: period, value as displayed, numerator and denominator. */
export function computeTable(output: ComputeOutput): string {
  const rows: string[][] = [];
  for (const ind of output.indicators) {
    const def = findIndicator(ind.id);
    const decimals = def ? displayDecimals(def) : 1;
    for (const p of ind.points) {
      rows.push([
        ind.id,
        p.period + (p.partial ? ' (partial)' : ''),
        formatValue(p.value, ind.unit, decimals),
        p.numerator === null ? '' : String(p.numerator),
        p.denominator === null ? '' : String(p.denominator),
      ]);
    }
  }
  return textTable(['indicator', 'period', 'value', 'numerator', 'denominator'], rows);
}
