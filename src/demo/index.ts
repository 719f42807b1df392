/**
 * demo — generates a synthetic council's case records as Annex A files, with population and targets, from a seed.
 * Does not: store or compute anything.
 */
export { type DemoCouncil, type DemoOptions, generateDemo } from './generate.ts';
