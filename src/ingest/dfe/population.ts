/** ONS mid-year estimates of children aged 0-17, by place, from the DfE's copy. */
import { readCell, unreadable } from './cells.ts';
import { type Collector, noteCouncil } from './collect.ts';
import { councilOf, geoColumnsOf, placeOf } from './geography.ts';
import { type CsvTable, cellAt, columnsOf } from './table.ts';
import type { PopulationRow } from './types.ts';

const CHILDREN = 'Children aged 0 to 17 years';

/** Rows for children aged 0-17; status-coded estimates (`x`) are left out. */
export function readPopulation(table: CsvTable, out: Collector): PopulationRow[] {
  const geo = geoColumnsOf(table, out.issues);
  const columns = columnsOf(table, ['age_group', 'population_estimate'], out.issues);
  if (geo === null || columns === null) return [];
  const rows: PopulationRow[] = [];
  for (const line of table.rows) {
    if (cellAt(line.cells, columns.age_group) !== CHILDREN) continue;
    const place = placeOf(table, geo, line, out.issues);
    if (place === null) continue;
    if (place.level === 'la') noteCouncil(out, place.year, councilOf(geo, line.cells));
    const text = cellAt(line.cells, columns.population_estimate);
    const cell = readCell(text);
    if (cell.kind === 'number') {
      rows.push({ code: place.code, level: place.level, year: place.year, count: cell.value });
    } else if (cell.kind === 'unreadable') {
      const at = { file: table.name, row: line.row, column: 'population_estimate' };
      out.issues.push(unreadable(at, text, 'a whole number or a DfE status code'));
    }
  }
  return rows;
}
