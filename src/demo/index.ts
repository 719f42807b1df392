/**
 * demo — generates a synthetic council's Annex A files, population and targets from a seed.
 * Does not: store or compute anything.
 */
export {
  type DemoCouncil,
  type DemoFile,
  type DemoOptions,
  generateCouncil,
  generateDemo,
  type LazyCouncil,
} from './generate.ts';
export type { CouncilSize } from './profile.ts';
