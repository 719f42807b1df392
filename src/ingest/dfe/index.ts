/**
 * dfe — reads the DfE's published children's social care statistics, ONS population and statistical neighbours.
 * Does not: touch the database, compute medians of neighbours, or fetch files from the web.
 */
export { readDfeBenchmarks, recognise as recogniseDfeFile } from './read.ts';
export type {
  BenchmarkLevel,
  BenchmarkRow,
  BenchmarkStatus,
  CouncilRow,
  DfeBenchmarks,
  DfeFileKind,
  DfeFileSummary,
  NeighbourModel,
  NeighbourRow,
  PopulationRow,
} from './types.ts';
export { BENCHMARK_STATUSES } from './types.ts';
