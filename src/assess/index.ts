/**
 * assess — pure judgements of series: RAG against targets and tolerance (more to come: trend,
 * SPC, forecasts, benchmarks, disclosure control). Does not: IO, presentation.
 */
export { ragFor } from './rag.ts';
export { type Target, type ToleranceKind, targetFor } from './target.ts';
