/**
 * ingest — reads councils' files (Annex A CSV, CIN census XML, SSDA903 CSV) into records and issues.
 * Does not: touch the database, or decide whether an import is accepted.
 */
export { ANNEX_A_HEADERS, type AnnexAList } from './annex-a/headers.ts';
export { readAnnexA } from './annex-a/read-any.ts';
export { readAnnexACsv } from './annex-a/read-csv.ts';
export { readAnnexAXlsx } from './annex-a/read-xlsx.ts';
export { readCinCensus } from './cin-census/index.ts';
export { toCsv } from './csv-write.ts';
export {
  type DefinitionsReadResult,
  readDefinitions,
} from './definitions/read-definitions.ts';
export { type CaseFileKind, detectFormat } from './detect-format.ts';
export {
  type BenchmarkRow,
  type CouncilRow,
  type DfeBenchmarks,
  type NeighbourRow,
  type PopulationRow,
  readDfeBenchmarks,
} from './dfe/index.ts';
export { readCaseFiles } from './read-files.ts';
export type { ReadOptions } from './read-progress.ts';
export type {
  CensusFileSummary,
  FileSummary,
  ReadResult,
  SheetSummary,
  SourceFile,
  SourceFormat,
} from './read-result.ts';
export {
  type CareEpisode,
  readSsda903,
  type Ssda903Extra,
  type Ssda903FileSummary,
  type Ssda903Result,
} from './ssda903/index.ts';
export {
  parsePeriod,
  readSuppliedFiles,
  readSuppliedValues,
  type SuppliedReadOptions,
  type SuppliedReadResult,
  type SuppliedValue,
} from './supplied/index.ts';
export {
  type FinancialYear,
  PROFILE_MONTHS,
  parseFinancialYear,
  parseProfile,
  parseSuppliedNumber,
  parseToleranceKind,
  type ReadTarget,
  readTargetFiles,
  type TargetFileSummary,
  type TargetReadOptions,
  type TargetReadResult,
} from './targets/index.ts';
export { TextIndex } from './text-index.ts';
