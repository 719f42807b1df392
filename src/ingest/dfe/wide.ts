/** Files with one row per place and year, each figure in its own column (c1, d3, d5, b1, CLA). */
import { benchmarkRow, type CellRef, type Collector, noteCouncil } from './collect.ts';
import { councilOf, geoColumnsOf, placeOf } from './geography.ts';
import type { WideMeasure, WideSpec } from './specs.ts';
import { type CsvTable, cellAt, columnsOf } from './table.ts';

function columnsNamed(spec: WideSpec): string[] {
  const names = spec.measures.flatMap((m) => [m.value, m.numerator, m.denominator, m.when?.[0]]);
  return [...new Set(names.filter((n): n is string => n !== null && n !== undefined))];
}

/** Reads every measure of the spec from the table; returns the number of benchmark rows made. */
export function readWide(table: CsvTable, spec: WideSpec, out: Collector): number {
  const geo = geoColumnsOf(table, out.issues);
  const columns = columnsOf(table, columnsNamed(spec), out.issues);
  if (geo === null || columns === null) return 0;
  const before = out.benchmarks.length;
  for (const line of table.rows) {
    const place = placeOf(table, geo, line, out.issues);
    if (place === null) continue;
    if (place.level === 'la') noteCouncil(out, place.year, councilOf(geo, line.cells));
    const at = (column: string): CellRef => {
      const text = cellAt(line.cells, columns[column] ?? -1);
      return { column, text, row: line.row };
    };
    for (const m of spec.measures) {
      if (!applies(m, (column) => at(column).text)) continue;
      const cells = {
        value: at(m.value),
        numerator: m.numerator === null ? null : at(m.numerator),
        denominator: m.denominator === null ? null : at(m.denominator),
      };
      out.benchmarks.push(benchmarkRow(out, { id: m.id, place, source: table.name }, cells));
    }
  }
  return out.benchmarks.length - before;
}

function applies(m: WideMeasure, cell: (column: string) => string): boolean {
  return m.when === undefined || cell(m.when[0]) === m.when[1];
}
