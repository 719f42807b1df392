/** Statistical neighbours: the 2021 groupings and the 2025 model, ten per council with closeness. */
import type { Issue } from '../../domain/index.ts';
import { type CsvTable, cellAt, columnsOf } from './table.ts';
import type { NeighbourModel, NeighbourRow } from './types.ts';

interface Layout {
  model: NeighbourModel;
  code: string;
  neighbour: (rank: number) => string;
}

const LAYOUTS: Record<NeighbourModel, Layout> = {
  '2021': { model: '2021', code: 'LA number', neighbour: (rank) => `SN${rank}` },
  '2025': { model: '2025', code: 'old_la_code', neighbour: (rank) => `SN_${rank}` },
};

const RANKS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] as const;
const LA_CODE = /^\d{3}$/;

/** `Very Close `, `Not Close` → `Very close`, `Not close`. */
export function closenessOf(text: string): string {
  const lower = text.trim().toLowerCase();
  return lower.charAt(0).toUpperCase() + lower.slice(1);
}

/**
 * Reads each council's ten neighbours. Closeness is the column after each neighbour (the 2021
 * file names all ten `SNP`). Rows without a council code (blank lines, section labels) are skipped.
 */
export function readNeighbours(
  table: CsvTable,
  model: NeighbourModel,
  issues: Issue[],
): NeighbourRow[] {
  const layout = LAYOUTS[model];
  const names = [layout.code, ...RANKS.map(layout.neighbour)];
  const columns = columnsOf(table, names, issues);
  if (columns === null) return [];
  const rows: NeighbourRow[] = [];
  for (const { cells, row } of table.rows) {
    const code = cellAt(cells, columns[layout.code] ?? -1);
    if (code === '') continue;
    const bad = (column: string, value: string) =>
      issues.push({
        severity: 'error',
        file: table.name,
        row,
        column,
        value,
        message: 'Expected a 3-digit LA code.',
      });
    if (!LA_CODE.test(code)) {
      bad(layout.code, code);
      continue;
    }
    for (const rank of RANKS) {
      const index = columns[layout.neighbour(rank)] ?? -1;
      const neighbour = cellAt(cells, index);
      if (!LA_CODE.test(neighbour)) bad(layout.neighbour(rank), neighbour);
      else
        rows.push({
          code,
          model,
          rank,
          neighbour,
          closeness: closenessOf(cellAt(cells, index + 1)),
        });
    }
  }
  return rows;
}
