/**
 * reports — a format-neutral report model from stored series, rendered to files (Excel).
 * Does not: query the database or compute indicators.
 */
export { buildReport, type ReportInput, type ReportModel, type ReportRow } from './model.ts';
export { renderXlsx } from './xlsx.ts';
