/**
 * ingest/targets — reads a council's targets (indicator, financial year, target, tolerance and its
 * kind, monthly profile) from CSV files and XLSX workbooks, and the cell parsers the targets form
 * shares.
 * Does not: touch the database, or apply a council's RAG rules.
 */
export { readTargetFiles, type TargetFileSummary, type TargetReadResult } from './read.ts';
export type { ReadTarget, TargetReadOptions } from './target.ts';
export {
  type FinancialYear,
  PROFILE_MONTHS,
  parseFinancialYear,
  parseProfile,
  parseToleranceKind,
  type ToleranceKind,
} from './values.ts';
