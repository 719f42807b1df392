/**
 * assess — pure judgements of series: RAG against targets and tolerance, an indicator's latest
 * position (more to come: trend, SPC, forecasts, benchmarks, disclosure control). Does not: IO,
 * presentation.
 */
export { ragFor } from './rag.ts';
export { type IndicatorSummary, pointFinancialYear, summarise } from './summary.ts';
export { type Target, type ToleranceKind, targetFor } from './target.ts';
