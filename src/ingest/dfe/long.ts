/** Files with one row per breakdown (placement stability, care leavers): a share of a total row. */
import { benchmarkRow, type CellRef, type Collector, noteCouncil } from './collect.ts';
import { councilOf, geoColumnsOf, type Place, placeOf } from './geography.ts';
import type { LongSpec } from './specs.ts';
import { type CsvTable, cellAt, columnsOf } from './table.ts';

interface Line {
  place: Place;
  group: string;
  breakdown: string;
  count: CellRef;
  percent: CellRef;
}

const keyOf = (place: Place, group: string, breakdown: string) =>
  [place.year, place.level, place.code, group, breakdown].join('\u0000');

/** Reads each breakdown row of the spec's groups; returns the number of benchmark rows made. */
export function readLong(table: CsvTable, spec: LongSpec, out: Collector): number {
  const lines = linesOf(table, spec, out);
  if (lines === null) return 0;
  const before = out.benchmarks.length;
  for (const line of lines.values()) {
    for (const m of spec.measures) {
      if (line.group !== m.group || line.breakdown !== m.target) continue;
      const total = lines.get(keyOf(line.place, m.group, m.total));
      const cells = {
        value: line.percent,
        numerator: line.count,
        denominator: total?.count ?? null,
      };
      out.benchmarks.push(
        benchmarkRow(out, { id: m.id, place: line.place, source: table.name }, cells),
      );
    }
  }
  return out.benchmarks.length - before;
}

/** The table's rows by place, year, group and breakdown; null when columns are missing. */
function linesOf(table: CsvTable, spec: LongSpec, out: Collector): Map<string, Line> | null {
  const names = [spec.groupColumn, spec.breakdownColumn, spec.countColumn, spec.percentColumn];
  const geo = geoColumnsOf(table, out.issues);
  const columns = columnsOf(table, names, out.issues);
  if (geo === null || columns === null) return null;
  const lines = new Map<string, Line>();
  for (const line of table.rows) {
    const place = placeOf(table, geo, line, out.issues);
    if (place === null) continue;
    if (place.level === 'la') noteCouncil(out, place.year, councilOf(geo, line.cells));
    const at = (column: string): CellRef => {
      const text = cellAt(line.cells, columns[column] ?? -1);
      return { column, text, row: line.row };
    };
    const group = at(spec.groupColumn).text;
    const breakdown = at(spec.breakdownColumn).text;
    const counts = { count: at(spec.countColumn), percent: at(spec.percentColumn) };
    lines.set(keyOf(place, group, breakdown), { place, group, breakdown, ...counts });
  }
  return lines;
}
