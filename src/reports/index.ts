/**
 * reports — a format-neutral report model built from stored series and targets, rendered to files
 * (Excel today; Word and PDF to come). Does not: query the database or compute indicators.
 */
export { buildReport, type ReportInput, type ReportModel, type ReportRow } from './model.ts';
export { renderXlsx } from './xlsx.ts';
