/**
 * cin-census — reads DfE Children in Need census XML (schema years 2017 to 2026) into records.
 * Does not: resolve DTDs or entities, keep more than one child in memory, or read CIN plans.
 */
export { readCinCensus } from './read-census.ts';
