/**
 * assess — pure judgements of series: RAG against targets and tolerance, latest position.
 * Does not: IO or presentation.
 */
export { ragFor } from './rag.ts';
export { type IndicatorSummary, pointFinancialYear, summarise } from './summary.ts';
export { type Target, type ToleranceKind, targetFor } from './target.ts';
