/**
 * ingest/supplied — reads files of values supplied for indicators with no child-level source.
 * Does not: read workbooks yet (a sheet's rows go to SuppliedTable), or touch the database.
 */
export { parsePeriod } from './period.ts';
export { readSuppliedValues, type SuppliedReadResult } from './read-csv.ts';
export { SuppliedTable, SuppliedValues } from './table.ts';
export type { SuppliedReadOptions, SuppliedValue } from './value.ts';
