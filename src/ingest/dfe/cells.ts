/** Published cells: a number, or one of the DfE's status codes; anything else is unreadable. */
import type { Issue } from '../../domain/index.ts';
import { BENCHMARK_STATUSES, type BenchmarkStatus } from './types.ts';

export type Cell =
  | { kind: 'number'; value: number }
  | { kind: 'status'; status: BenchmarkStatus }
  | { kind: 'unreadable' };

const NUMBER = /^-?\d+(\.\d+)?$/;

function asStatus(text: string): BenchmarkStatus | undefined {
  const bare = text.replace(/^\[(.+)\]$/, '$1').toLowerCase();
  return BENCHMARK_STATUSES.find((status) => status === bare);
}

/** Reads a cell as written (`22.6`, `c`, `[c]`, `low`); thousands separators are not expected. */
export function readCell(text: string): Cell {
  const trimmed = text.trim();
  if (NUMBER.test(trimmed)) return { kind: 'number', value: Number(trimmed) };
  const status = asStatus(trimmed);
  return status === undefined ? { kind: 'unreadable' } : { kind: 'status', status };
}

/** Where a cell is: for the issue raised when it cannot be read. */
export interface CellPlace {
  file: string;
  row: number;
  column: string;
}

export function unreadable(place: CellPlace, value: string, what: string): Issue {
  return { severity: 'error', ...place, value, message: `Expected ${what}.` };
}

/** The number in a cell, null for a status code; an unreadable cell is null with an issue. */
export function numberOrNull(text: string, place: CellPlace, issues: Issue[]): number | null {
  const cell = readCell(text);
  if (cell.kind === 'number') return cell.value;
  if (cell.kind === 'unreadable')
    issues.push(unreadable(place, text, 'a number or a DfE status code (c, k, x, z, u, low, :)'));
  return null;
}
