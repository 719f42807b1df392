/** Series for indicators: one point per window, computed over the days the data covers. */
import {
  CATALOGUE,
  type Coverage,
  type CoveredWindow,
  type IndicatorDefinition,
  isoDay,
  type Point,
  type RecordSet,
  type Series,
  WINDOW_KINDS,
  type WindowKind,
  windowsFor,
} from '../domain/index.ts';
import { type Context, contextFor } from './context.ts';
import type { Evaluate } from './figure.ts';
import type { Population } from './population.ts';
import type { ReaderKeys } from './record-columns.ts';
import { COMPUTE, type Compute } from './registry.ts';
import { evaluateRule } from './rule.ts';

/**
 * What to compute, and what a reader gives beside the records (ReaderKeys: child keys, contacts
 * as columns, children by index, packed lists): faster, never different.
 */
export interface ComputeOptions extends ReaderKeys {
  /** The days the data covers: its start and its "as at" date. */
  coverage: Coverage;
  /** Window kinds to compute; all five when absent. */
  kinds?: readonly WindowKind[];
  /** Indicators to compute; every child-level indicator in the catalogue when absent. */
  indicators?: readonly IndicatorDefinition[];
  /**
   * The council's ONS mid-year estimates of children aged 0-17, by mid-year (2024 = mid-2024),
   * for rates per 10,000; without one, rates are null (population.ts picks a window's year).
   */
  population?: Population;
}

/** A point's window fields, worked out once and shared by every indicator. */
type Frame = Omit<Point, 'value' | 'numerator' | 'denominator'>;

function frameOf(w: CoveredWindow): Frame {
  const frame: Frame = {
    window: w.kind,
    period: w.period,
    start: isoDay(w.start),
    end: isoDay(w.end),
  };
  if (!w.partial) return frame;
  return {
    ...frame,
    partial: true,
    covers: { start: isoDay(w.coveredStart), end: isoDay(w.coveredEnd) },
  };
}

function pointAt(w: CoveredWindow, frame: Frame, evaluate: Evaluate): Point {
  const { window, period, start, end, partial, covers } = frame;
  const figure = evaluate(w.coveredStart, w.coveredEnd);
  const point: Point = { window, period, start, end, ...figure };
  return partial && covers ? { ...point, partial, covers } : point;
}

function computeFor(def: IndicatorDefinition): Compute {
  const { rule } = def;
  if (rule) return (ctx) => evaluateRule({ ...def, rule }, ctx.records, ctx.span);
  const compute = COMPUTE.get(def.id);
  if (!compute) throw new Error(`The engine cannot compute indicator "${def.id}"`);
  return compute;
}

function seriesFor(
  def: IndicatorDefinition,
  ctx: Context,
  windows: CoveredWindow[],
  frames: Frame[],
): Series {
  const points: Point[] = [];
  if (windows.length === 0) return { indicatorId: def.id, points };
  const evaluate = computeFor(def)(ctx);
  windows.forEach((w, k) => {
    if (!def.windows || def.windows.includes(w.kind)) points.push(pointAt(w, frames[k]!, evaluate));
  });
  return { indicatorId: def.id, points };
}

/**
 * One series per indicator (catalogue order by default), with a point for every window of the
 * given kinds that the coverage reaches, in `windowsFor` order; partial windows are marked and
 * computed over their covered days. Throws when asked for an indicator the engine cannot compute.
 */
export function computeSeries(records: RecordSet, options: ComputeOptions): Series[] {
  const { coverage } = options;
  const defs = options.indicators ?? CATALOGUE.filter((def) => def.source === 'child-level');
  for (const def of defs) computeFor(def);
  const windows = windowsFor(coverage, options.kinds ?? WINDOW_KINDS);
  const frames = windows.map(frameOf);
  const ctx = contextFor(records, { from: coverage.from, to: coverage.asAt }, options);
  return defs.map((def) => seriesFor(def, ctx, windows, frames));
}
