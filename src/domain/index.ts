/**
 * domain — the shared vocabulary: days, windows, records, indicator definitions, points, RAG.
 * Does not: IO, or rules that judge or compute figures.
 */
export * from './catalogue/index.ts';
export * from './day.ts';
export * from './format.ts';
export * from './indicator.ts';
export * from './issue.ts';
export * from './packed-records.ts';
export * from './point.ts';
export * from './progress.ts';
export * from './rag.ts';
export * from './record.ts';
export * from './rule.ts';
export * from './window.ts';
