/** What the DfE benchmark reader gives back: published figures, population, neighbours, councils. */
import type { Issue } from '../../domain/index.ts';

export type BenchmarkLevel = 'national' | 'regional' | 'la';

/** The DfE's suppression and availability codes, kept instead of a number. */
export const BENCHMARK_STATUSES = ['c', 'k', 'x', 'z', 'u', 'low', ':'] as const;
export type BenchmarkStatus = (typeof BENCHMARK_STATUSES)[number];

export interface BenchmarkRow {
  indicatorId: string;
  /** `time_period`: the year ending 31 March (2025 = 2024-25). */
  year: number;
  level: BenchmarkLevel;
  /** `E92000001`, a region code (`E12…`), or the council's `old_la_code`. */
  code: string;
  name: string;
  /** As published (percentages to the file's precision); null when the cell is a status code. */
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  status: BenchmarkStatus | null;
  /** The file it came from, without `.gz`. */
  source: string;
}

export interface PopulationRow {
  code: string;
  level: BenchmarkLevel;
  /** The mid-year of the estimate (2024 = mid-2024, used for 2024-25 rates). */
  year: number;
  count: number;
}

export type NeighbourModel = '2021' | '2025';

export interface NeighbourRow {
  /** The council's `old_la_code`. */
  code: string;
  model: NeighbourModel;
  /** 1 (closest) to 10. */
  rank: number;
  neighbour: string;
  /** As published, trimmed and in sentence case: `Very close`, `Close`, `Not close`… */
  closeness: string;
}

export interface CouncilRow {
  /** `old_la_code`. */
  code: string;
  newCode: string;
  name: string;
  regionCode: string;
  regionName: string;
}

export type DfeFileKind = 'benchmarks' | 'population' | 'neighbours';

export interface DfeFileSummary {
  name: string;
  kind: DfeFileKind;
  /** Rows produced from the file (benchmark, population or neighbour rows). */
  rows: number;
}

export interface DfeBenchmarks {
  benchmarks: BenchmarkRow[];
  population: PopulationRow[];
  neighbours: NeighbourRow[];
  councils: CouncilRow[];
  issues: Issue[];
  files: DfeFileSummary[];
}
