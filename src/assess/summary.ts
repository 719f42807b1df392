/** An indicator's position for one window kind: latest whole figure, target, RAG, recent history. */
import {
  financialYearOf,
  type IndicatorDefinition,
  type Point,
  parseIsoDay,
  type Rag,
  type Series,
  type WindowKind,
} from '../domain/index.ts';
import { ragFor } from './rag.ts';
import { type Target, targetFor } from './target.ts';

export interface IndicatorSummary {
  definition: IndicatorDefinition;
  /** The newest whole point of the window kind; null when there is none. */
  latest: Point | null;
  /** A partial point newer than `latest` (a period in progress), if any. */
  inProgress: Point | null;
  /** The target in force for the latest point's financial year. */
  target: Target | undefined;
  rag: Rag;
  /** Up to `count` whole points ending with `latest`, oldest first. */
  recent: Point[];
}

/** The financial year (its starting calendar year) a point belongs to: that of its end date. */
export function pointFinancialYear(point: Point): number {
  const end = parseIsoDay(point.end);
  if (end === null) throw new Error(`point with an invalid end date: ${point.end}`);
  return financialYearOf(end);
}

/** Summarises one series for one window kind, judged against the targets. */
export function summarise(
  definition: IndicatorDefinition,
  series: Series | undefined,
  targets: readonly Target[],
  window: WindowKind,
  count = 6,
): IndicatorSummary {
  const points = (series?.points ?? []).filter((p) => p.window === window);
  const whole = points.filter((p) => !p.partial);
  const latest = whole.at(-1) ?? null;
  const newest = points.at(-1) ?? null;
  const inProgress =
    newest?.partial && newest !== latest && (!latest || newest.end > latest.end) ? newest : null;
  const target = latest ? targetFor(targets, definition.id, pointFinancialYear(latest)) : undefined;
  return {
    definition,
    latest,
    inProgress,
    target,
    rag: ragFor(latest?.value ?? null, target, definition.polarity),
    recent: whole.slice(-count),
  };
}
