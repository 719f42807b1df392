/**
 * engine — pure, deterministic: records + coverage → indicator series; working-day calendar.
 * Does not: IO, clocks, targets or judgements (see assess).
 */
export { bankHolidays } from './bank-holidays.ts';
export { earliestEventDate } from './earliest.ts';
export { type ComputeOptions, computeSeries } from './series.ts';
export { isBankHoliday, isWorkingDay, workingDaysBetween } from './working-days.ts';
