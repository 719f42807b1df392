/** Each published row's year and place: England, a region, or a council by its old LA code. */
import type { Issue } from '../../domain/index.ts';
import { type CsvTable, cellAt, columnsOf } from './table.ts';
import type { BenchmarkLevel, CouncilRow } from './types.ts';

export const GEO_COLUMNS = [
  'time_period',
  'geographic_level',
  'country_code',
  'country_name',
  'region_code',
  'region_name',
  'old_la_code',
  'new_la_code',
  'la_name',
] as const;

export type GeoColumns = Record<(typeof GEO_COLUMNS)[number], number>;

export interface Place {
  year: number;
  level: BenchmarkLevel;
  code: string;
  name: string;
}

const LEVELS: Record<string, BenchmarkLevel> = {
  National: 'national',
  Regional: 'regional',
  'Local authority': 'la',
};

/** The geography columns' indexes; null (with an issue) when any is missing. */
export function geoColumnsOf(table: CsvTable, issues: Issue[]): GeoColumns | null {
  return columnsOf(table, GEO_COLUMNS, issues);
}

function codeAndName(level: BenchmarkLevel, geo: GeoColumns, cells: readonly string[]) {
  switch (level) {
    case 'national':
      return [cellAt(cells, geo.country_code), cellAt(cells, geo.country_name)] as const;
    case 'regional':
      return [cellAt(cells, geo.region_code), cellAt(cells, geo.region_name)] as const;
    case 'la':
      return [cellAt(cells, geo.old_la_code), cellAt(cells, geo.la_name)] as const;
    default: {
      const unreachable: never = level;
      return unreachable;
    }
  }
}

/** The row's year and place; null (with an issue) when either cannot be read. */
export function placeOf(
  table: CsvTable,
  geo: GeoColumns,
  { cells, row }: { cells: readonly string[]; row: number },
  issues: Issue[],
): Place | null {
  const at = (column: string, value: string, message: string): null => {
    issues.push({ severity: 'error', file: table.name, row, column, value, message });
    return null;
  };
  const period = cellAt(cells, geo.time_period);
  if (!/^\d{4}$/.test(period)) return at('time_period', period, 'Expected a year, e.g. 2025.');
  const levelText = cellAt(cells, geo.geographic_level);
  const level = LEVELS[levelText];
  if (level === undefined)
    return at('geographic_level', levelText, 'Expected National, Regional or Local authority.');
  const [code, name] = codeAndName(level, geo, cells);
  if (code === '') return at('geographic_level', levelText, 'The row has no code for its place.');
  return { year: Number(period), level, code, name };
}

/** The council a local-authority row names. */
export function councilOf(geo: GeoColumns, cells: readonly string[]): CouncilRow {
  return {
    code: cellAt(cells, geo.old_la_code),
    newCode: cellAt(cells, geo.new_la_code),
    name: cellAt(cells, geo.la_name),
    regionCode: cellAt(cells, geo.region_code),
    regionName: cellAt(cells, geo.region_name),
  };
}
