/** Where readers put what they find: benchmark rows, councils (latest year wins) and issues. */
import type { Issue } from '../../domain/index.ts';
import { type CellPlace, numberOrNull, readCell, unreadable } from './cells.ts';
import type { Place } from './geography.ts';
import type { BenchmarkRow, BenchmarkStatus, CouncilRow } from './types.ts';

export interface Collector {
  benchmarks: BenchmarkRow[];
  /** By old LA code, with the latest year it was seen in. */
  councils: Map<string, { year: number; council: CouncilRow }>;
  issues: Issue[];
  /** `row:column` of cells already reported, so a cell used twice is reported once. */
  reported: Set<string>;
}

export function newCollector(): Collector {
  return { benchmarks: [], councils: new Map(), issues: [], reported: new Set() };
}

/** Keeps the council as named in the latest year seen (names and new codes change). */
export function noteCouncil(out: Collector, year: number, council: CouncilRow): void {
  const known = out.councils.get(council.code);
  if (known === undefined || known.year <= year) out.councils.set(council.code, { year, council });
}

/** A value cell: the number, or null with its status code (or with an issue when unreadable). */
export function valueCell(
  text: string,
  place: CellPlace,
  issues: Issue[],
): { value: number | null; status: BenchmarkStatus | null } {
  const cell = readCell(text);
  switch (cell.kind) {
    case 'number':
      return { value: cell.value, status: null };
    case 'status':
      return { value: null, status: cell.status };
    case 'unreadable':
      issues.push(unreadable(place, text, 'a number or a DfE status code (c, k, x, z, u, low, :)'));
      return { value: null, status: null };
    default: {
      const unreachable: never = cell;
      return unreachable;
    }
  }
}

/** A cell and where it is. */
export interface CellRef {
  column: string;
  text: string;
  row: number;
}

/** One indicator's figure for a place and year, read from its cells. */
export function benchmarkRow(
  out: Collector,
  { id, place, source }: { id: string; place: Place; source: string },
  cells: { value: CellRef; numerator: CellRef | null; denominator: CellRef | null },
): BenchmarkRow {
  const found: Issue[] = [];
  const at = (cell: CellRef): CellPlace => ({ file: source, row: cell.row, column: cell.column });
  const number = (cell: CellRef | null) =>
    cell === null ? null : numberOrNull(cell.text, at(cell), found);
  const { value, status } = valueCell(cells.value.text, at(cells.value), found);
  const numerator = number(cells.numerator);
  const denominator = number(cells.denominator);
  for (const issue of found) reportOnce(out, issue);
  return {
    indicatorId: id,
    year: place.year,
    level: place.level,
    code: place.code,
    name: place.name,
    value,
    numerator,
    denominator,
    status,
    source,
  };
}

function reportOnce(out: Collector, issue: Issue): void {
  const key = `${issue.row}:${issue.column}`;
  if (out.reported.has(key)) return;
  out.reported.add(key);
  out.issues.push(issue);
}
