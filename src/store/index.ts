/**
 * store — PostgreSQL via Kysely: schema, migrations, repositories, atomic imports; PGlite or a server.
 * Does not: business rules.
 */
export {
  type BenchmarkInputOptions,
  type BenchmarkInputs,
  type BenchmarkNeighbour,
  loadBenchmarkInputs,
} from './benchmark-inputs.ts';
export {
  type BenchmarkCounts,
  type BenchmarkSet,
  hasBenchmarks,
  loadBenchmarks,
  loadCouncilRef,
  loadNeighbours,
  loadReferencePopulation,
  replaceBenchmarks,
} from './benchmarks.ts';
export type { MergeCounts } from './bulk-merge.ts';
export { addNote, listNotes, type NewNote, setNoteStatus } from './commentary.ts';
export { ensureDataDir } from './data-dir.ts';
export {
  type DefineRequest,
  type DefineResult,
  defineLocalIndicators,
  type RetireResult,
  retireLocal,
} from './define-indicators.ts';
export {
  type CouncilLoad,
  type ImportRequest,
  type ImportResult,
  importFiles,
  recompute,
  replaceCouncil,
} from './import.ts';
export {
  importSupplied,
  type SuppliedImportRequest,
  type SuppliedImportResult,
} from './import-supplied.ts';
export {
  importTargets,
  type TargetImportRequest,
  type TargetImportResult,
} from './import-targets.ts';
export { isEmpty, listLas, upsertLa } from './la.ts';
export {
  type LocalIndicatorChange,
  loadLocalIndicatorHistory,
  loadLocalIndicators,
} from './local-indicators.ts';
export type { LaRow, NewUpload, StoredUpload, TargetChange } from './mappers.ts';
export { openStore, type Store, type StoreOptions } from './open.ts';
export { loadPopulation, setPopulation } from './population.ts';
export {
  loadRagRuleHistory,
  loadRagRules,
  type RagRuleChange,
  setRagRule,
} from './rag-rules.ts';
export { countRecords, loadRecords, mergeRecords } from './records.ts';
export { deleteLaData } from './reset.ts';
export { loadSeries, replaceSeries, replaceSeriesFor } from './series.ts';
export { loadRevisions } from './series-first-reported.ts';
export {
  addRecalculation,
  loadRecalculations,
  type Recalculation,
  removeRecalculation,
} from './spc-recalculation.ts';
export { loadSuppliedValues, mergeSuppliedValues } from './supplied.ts';
export { COMPUTED_IDS, suppliedSeries, writeSuppliedSeries } from './supplied-series.ts';
export type { Database, Tables } from './tables.ts';
export {
  type ChangeMeta,
  loadTargetHistory,
  loadTargetSettings,
  loadTargets,
  setTarget,
  setTargets,
} from './targets.ts';
export { inTransaction } from './transaction.ts';
export { createUpload, listUploads, loadCoverage } from './upload.ts';
