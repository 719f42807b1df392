/**
 * ingest/supplied — reads CSV files and XLSX workbooks of values supplied for indicators with no
 * child-level source.
 * Does not: touch the database, or read old-style .xls workbooks.
 */
export { parsePeriod } from './period.ts';
export { readSuppliedValues, type SuppliedReadResult } from './read-csv.ts';
export { readSuppliedFiles } from './read-files.ts';
export { SuppliedValues } from './table.ts';
export type { SuppliedReadOptions, SuppliedValue } from './value.ts';
