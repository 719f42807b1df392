/**
 * Context on every point: a partial period in words, provisional and revised figures, notes
 * attached to the point's period or to the whole series, and the break where the indicator
 * replaced another. Statistics symbols as tables show them: `[p]` provisional, `[r]` revised,
 * `[b]` break in series.
 */
import {
  displayDecimals,
  financialYearOf,
  type IndicatorDefinition,
  type Point,
  parseIsoDay,
  roundHalfAway,
  type Series,
  type WindowKind,
} from '../domain/index.ts';
import { coverageWords } from './coverage.ts';

/** The value a point had when first stored whole, where it has been stored since with another. */
export interface Revision {
  indicatorId: string;
  window: WindowKind;
  period: string;
  firstValue: number | null;
  /** ISO 8601 timestamp. */
  firstReportedAt: string;
}

export type NoteStatus = 'draft' | 'published';

/** Commentary on an indicator: on one period, or (period null) on the whole series. */
export interface Note {
  id: number;
  indicatorId: string;
  period: string | null;
  text: string;
  author: string;
  /** ISO 8601 timestamp. */
  createdAt: string;
  status: NoteStatus;
}

export interface PointContext {
  period: string;
  /** What a partial point covers, in words (`April and May only`); null when whole. */
  partial: string | null;
  /** Its financial year is the current or the previous one: the statutory return may change it. */
  provisional: boolean;
  /** The figure first reported, when the figure shown now differs from it at display precision. */
  revised: { from: number | null; firstReportedAt: string } | null;
  /** The first point of its window kind after the indicator replaced another. */
  break: boolean;
  /** Notes on this point's period, oldest first. */
  notes: Note[];
  /** `[p]`, `[r]`, `[b]`, in that order, as they apply. */
  symbols: string[];
}

export interface SeriesContext {
  /** Notes on the whole series, oldest first. */
  notes: Note[];
  /** One per point of the series, in the same order. */
  points: PointContext[];
}

export interface ContextOptions {
  /** `yyyy-mm-dd`: the data's "as at" date, which says which financial year is current. */
  asAt: string;
  revisions?: readonly Revision[];
  notes?: readonly Note[];
  /** Show draft notes too (to those writing them); members see published ones only. */
  includeDrafts?: boolean;
}

function fyOf(text: string): number {
  const day = parseIsoDay(text);
  if (day === null) throw new Error(`invalid date: ${text}`);
  return financialYearOf(day);
}

/** The last month (July) in which last financial year's statutory returns may still change. */
const RETURNS_SETTLED_AFTER_MONTH = 7;

/**
 * Provisional: the point ends in the current financial year as at `asAt`, or in the previous
 * one while its statutory returns (CIN census, SSDA903: due by the summer) may still change it,
 * that is up to the end of July.
 */
export function isProvisional(point: Point, asAt: string): boolean {
  const year = fyOf(point.end);
  const current = fyOf(asAt);
  const month = Number(asAt.slice(5, 7));
  const returnsOpen = month >= 4 && month <= RETURNS_SETTLED_AFTER_MONTH;
  return year >= current || (year === current - 1 && returnsOpen);
}

/** The first-reported figure when it differs from the point's at display precision. */
export function revisedFrom(
  point: Point,
  revision: Revision | undefined,
  def: IndicatorDefinition,
): PointContext['revised'] {
  if (revision === undefined || point.partial) return null;
  const decimals = displayDecimals(def);
  const shown = (v: number | null) => (v === null ? null : roundHalfAway(v, decimals));
  if (shown(point.value) === shown(revision.firstValue)) return null;
  return { from: revision.firstValue, firstReportedAt: revision.firstReportedAt };
}

/** The points that are the first of their window kind on or after the replacement date. */
function breakPoints(def: IndicatorDefinition, points: readonly Point[]): Set<Point> {
  const firsts = new Set<Point>();
  const from = def.replaces?.from;
  if (from === undefined) return firsts;
  const seen = new Set<WindowKind>();
  for (const point of points) {
    if (point.start < from || seen.has(point.window)) continue;
    seen.add(point.window);
    firsts.add(point);
  }
  return firsts;
}

function symbolsOf(context: Omit<PointContext, 'symbols'>): string[] {
  const symbols: string[] = [];
  if (context.provisional) symbols.push('[p]');
  if (context.revised) symbols.push('[r]');
  if (context.break) symbols.push('[b]');
  return symbols;
}

/** The context of every point of a series, and the notes on the whole series. */
export function seriesContext(
  def: IndicatorDefinition,
  series: Series | undefined,
  options: ContextOptions,
): SeriesContext {
  const points = series?.points ?? [];
  const notes = (options.notes ?? [])
    .filter((n) => n.indicatorId === def.id && (options.includeDrafts || n.status === 'published'))
    .sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id - b.id));
  const revisions = new Map(
    (options.revisions ?? [])
      .filter((r) => r.indicatorId === def.id)
      .map((r) => [`${r.window} ${r.period}`, r]),
  );
  const breaks = breakPoints(def, points);
  return {
    notes: notes.filter((n) => n.period === null),
    points: points.map((point) => {
      const context = {
        period: point.period,
        partial: coverageWords(point),
        provisional: isProvisional(point, options.asAt),
        revised: revisedFrom(point, revisions.get(`${point.window} ${point.period}`), def),
        break: breaks.has(point),
        notes: notes.filter((n) => n.period === point.period),
      };
      return { ...context, symbols: symbolsOf(context) };
    }),
  };
}
