/**
 * ingest/targets — reads a council's targets (indicator, financial year, target, tolerance and its
 * kind, monthly profile) from CSV files and XLSX workbooks, and the cell parsers the targets form
 * shares.
 * Does not: touch the database, or apply a council's RAG rules.
 */

/** Numbers as councils write them (`12.5`, `12.5%`, `1,234`), for the targets form. */
export { parseSuppliedNumber } from '../supplied/number.ts';
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
