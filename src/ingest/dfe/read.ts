/** Reads the DfE benchmark files, each recognised by its name, into rows and issues. */
import type { SourceFile } from '../read-result.ts';
import { type Collector, newCollector } from './collect.ts';
import { readLong } from './long.ts';
import { readNeighbours } from './neighbours.ts';
import { readPopulation } from './population.ts';
import { BENCHMARK_SPECS, type BenchmarkSpec } from './specs.ts';
import { baseName, type CsvTable, fileError, readTable } from './table.ts';
import type {
  DfeBenchmarks,
  DfeFileSummary,
  NeighbourModel,
  NeighbourRow,
  PopulationRow,
} from './types.ts';
import { readWide } from './wide.ts';

type Recognised =
  | { kind: 'benchmarks'; spec: BenchmarkSpec }
  | { kind: 'population' }
  | { kind: 'neighbours'; model: NeighbourModel };

/** What a file holds, told from its name (`.gz` or not, any case); null when not a DfE file. */
export function recognise(name: string): Recognised | null {
  const lower = baseName(name).toLowerCase();
  if (!lower.endsWith('.csv')) return null;
  const spec = BENCHMARK_SPECS.find((s) => lower.startsWith(s.prefix));
  if (spec) return { kind: 'benchmarks', spec };
  if (lower.startsWith('ons_mid-year_population_estimates')) return { kind: 'population' };
  if (lower.startsWith('new_statistical_neighbour_groupings'))
    return { kind: 'neighbours', model: '2021' };
  if (lower.startsWith('sn_model_2025')) return { kind: 'neighbours', model: '2025' };
  return null;
}

interface Sink extends Collector {
  population: PopulationRow[];
  neighbours: NeighbourRow[];
}

function readOne(table: CsvTable, what: Recognised, out: Sink): number {
  switch (what.kind) {
    case 'benchmarks':
      return what.spec.kind === 'wide'
        ? readWide(table, what.spec, out)
        : readLong(table, what.spec, out);
    case 'population': {
      const rows = readPopulation(table, out);
      out.population.push(...rows);
      return rows.length;
    }
    case 'neighbours': {
      const rows = readNeighbours(table, what.model, out.issues);
      out.neighbours.push(...rows);
      return rows.length;
    }
    default: {
      const unreachable: never = what;
      return unreachable;
    }
  }
}

/**
 * Reads the DfE's published children's social care files (CSV, or gzipped CSV): figures per
 * catalogue indicator, ONS child population, statistical neighbours and the councils named.
 * Status codes (`c`, `x`, …) are kept as a status with a null value; every unreadable cell,
 * missing column and unknown file is an error issue.
 */
export function readDfeBenchmarks(files: readonly SourceFile[]): DfeBenchmarks {
  const out: Sink = { ...newCollector(), population: [], neighbours: [] };
  const summaries: DfeFileSummary[] = [];
  for (const file of files) {
    const what = recognise(file.name);
    if (what === null) {
      out.issues.push(fileError(file.name, 'Not one of the DfE files Outturn reads.'));
      continue;
    }
    out.reported.clear();
    const table = readTable(file, out.issues);
    if (table === null) continue;
    summaries.push({ name: table.name, kind: what.kind, rows: readOne(table, what, out) });
  }
  const councils = [...out.councils.values()].map((c) => c.council);
  return {
    benchmarks: out.benchmarks,
    population: out.population,
    neighbours: out.neighbours,
    councils: councils.sort((a, b) => a.code.localeCompare(b.code)),
    issues: out.issues,
    files: summaries,
  };
}
