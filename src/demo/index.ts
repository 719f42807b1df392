/**
 * demo — generates a synthetic council's Annex A files, population and targets from a seed.
 * Does not: store or compute anything.
 */
export { type DemoCouncil, type DemoOptions, generateDemo } from './generate.ts';
