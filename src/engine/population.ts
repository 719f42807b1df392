/**
 * The child population a rate per 10,000 divides by: the ONS mid-year estimate of children aged
 * 0-17, by mid-year. A window in financial year `Y-1..Y` uses the mid-`(Y-1)` estimate (DfE's
 * convention), the financial year read from the window's end: an `r12` window spanning two
 * financial years takes the one it ends in, as do partial windows (their covered end).
 */
import { type Day, financialYearOf } from '../domain/index.ts';

/** Mid-year (2024 = mid-2024, used for 2024-25) to the ONS estimate of children aged 0-17. */
export type Population = ReadonlyMap<number, number>;

/** The mid-year whose estimate a window ending on `end` uses: 2024 for any end in 2024-25. */
export function populationYear(end: Day): number {
  return financialYearOf(end);
}

/** The population for a window ending on `end`; null when no estimate is loaded for its year. */
export function populationLookup(population: Population | undefined): (end: Day) => number | null {
  return (end) => population?.get(populationYear(end)) ?? null;
}
