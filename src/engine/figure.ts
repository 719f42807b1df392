/** A window's figure (value, numerator, denominator) from per-day tallies, by unit. */
import type { Day } from '../domain/index.ts';
import { eventsIn, onDay, type Span } from './daily.ts';

export interface Figure {
  value: number | null;
  numerator: number | null;
  denominator: number | null;
}

/** The figure over the covered days `[start, end]` of one window. */
export type Evaluate = (start: Day, end: Day) => Figure;

export function count(n: number): Figure {
  return { value: n, numerator: n, denominator: null };
}

/** `100 * numerator / denominator`; null when the denominator is 0. */
export function percent(numerator: number, denominator: number): Figure {
  const value = denominator === 0 ? null : (100 * numerator) / denominator;
  return { value, numerator, denominator };
}

/**
 * A percentage whose records cannot tell: value, numerator and denominator all null, unlike "no
 * cases" (a denominator of 0), which the records do tell.
 */
export function unknownFigure(): Figure {
  return { value: null, numerator: null, denominator: null };
}

/**
 * Of the records in the base whose outcome is known (`known`), those in `hits`; when none is
 * known but some are not (`unknown` above 0), the figure is not known at all.
 */
export function percentOfKnown(hits: number, known: number, unknown: number): Figure {
  return known === 0 && unknown > 0 ? unknownFigure() : percent(hits, known);
}

/**
 * `10000 * count / population`, with the population as the denominator; null when no population
 * (or a population of 0) is known for the window (indicators.md, Rates per 10,000).
 */
export function ratePer10k(n: number, population: number | null): Figure {
  const value = population === null || population <= 0 ? null : (10_000 * n) / population;
  return { value, numerator: n, denominator: population };
}

/** A median over `n` values (its base as the denominator, no numerator); null when `n` is 0. */
export function median(value: number | null, n: number): Figure {
  return { value: n === 0 ? null : value, numerator: null, denominator: n };
}

/** A flow count: events dated in the window. */
export function flowCount(span: Span, events: Int32Array): Evaluate {
  return (start, end) => count(eventsIn(events, span, start, end));
}

/** A flow percentage: of the events in the window (`of`), those also in `hits`. */
export function flowPercent(span: Span, hits: Int32Array, of: Int32Array): Evaluate {
  return (start, end) => percent(eventsIn(hits, span, start, end), eventsIn(of, span, start, end));
}

/** A snapshot count: records open on the window's end date. */
export function snapshotCount(span: Span, open: Int32Array): Evaluate {
  return (_start, end) => count(onDay(open, span, end));
}
