/** One indicator's card on the dashboard: latest whole period, target, RAG, recent periods. */
import {
  type IndicatorSummary,
  isWithheld,
  type PointContext,
  pointFinancialYear,
  type SeriesContext,
  SUPPRESSED_SYMBOL,
  summarise,
  type Target,
} from '../../assess/index.ts';
import {
  displayDecimals,
  financialYearLabel,
  formatValue,
  type IndicatorDefinition,
  type Point,
  RAG_WORDS,
  type Series,
  type WindowKind,
} from '../../domain/index.ts';
import type { BenchmarkInputs } from '../../store/index.ts';
import { benchmarkLine } from './benchmark.ts';
import { dateRange, longDate } from './dates.ts';
import { forecastView } from './forecast.ts';
import { spcView, travelView } from './judgements.ts';
import type {
  IndicatorView,
  LatestView,
  NoteView,
  PartialView,
  PeriodFigure,
  SparklineView,
  TargetView,
} from './model.ts';
import { polarityWords, windowKindNoun } from './words.ts';

/** What a card shows besides the series: benchmarks, and each point's context and notes. */
export interface CardExtras {
  /** The last day the data covers (`yyyy-mm-dd`): its financial year is forecast. */
  asAt?: string;
  /** Dates from which SPC limits are worked out afresh (`yyyy-mm-dd`). */
  recalculateFrom?: readonly string[];
  benchmarks?: BenchmarkInputs;
  context?: SeriesContext;
}

/** The card for one indicator, from its series (points in order of end date) and targets. */
export function indicatorView(
  def: IndicatorDefinition,
  series: Series,
  targets: readonly Target[],
  window: WindowKind,
  extras: CardExtras = {},
): IndicatorView {
  const summary = summarise(def, series, targets, window);
  const contextOf = pointContexts(series, extras.context);
  const figure = (p: Point) => figureOf(def, p, contextOf.get(p));
  const recent = summary.recent.map(figure);
  const latest = latestView(summary, figure);
  const whole = series.points.filter((p) => p.window === window && !p.partial);
  const latestYear = summary.latest ? pointFinancialYear(summary.latest) : null;
  return {
    id: def.id,
    title: def.title,
    description: def.description,
    polarityText: polarityWords(def.polarity),
    latest,
    partial: summary.inProgress === null ? null : partialView(def, summary.inProgress, figure),
    recent,
    sparkline: sparklineView(def, recent, window, latest?.target?.value ?? null),
    travel: travelView(def, summary.latest, whole),
    // Year-to-date and rolling windows overlap: their points are not independent, so no SPC.
    spc:
      window === 'ytd' || window === 'r12'
        ? null
        : spcView(def, whole, latest?.target?.value ?? null, extras.recalculateFrom),
    benchmark: benchmarkLine(def, series, extras.benchmarks, latestYear),
    onlyText: onlyText(def, window),
    forecast: forecastView(def, series, targets, extras.asAt ?? null),
    notes: notesView(extras.context, summary.recent),
  };
}

function onlyText(def: IndicatorDefinition, window: WindowKind): string | null {
  if (!def.windows || def.windows.includes(window)) return null;
  const kinds = def.windows.map((k) => windowKindNoun(k));
  const list =
    kinds.length === 1 ? kinds[0] : `${kinds.slice(0, -1).join(', ')} and ${kinds.at(-1)}`;
  return `Given for ${list} only`;
}

function pointContexts(series: Series, context: SeriesContext | undefined) {
  const byPoint = new Map<Point, PointContext>();
  series.points.forEach((p, i) => {
    const c = context?.points[i];
    if (c) byPoint.set(p, c);
  });
  return byPoint;
}

function figureOf(def: IndicatorDefinition, p: Point, context?: PointContext): PeriodFigure {
  return {
    period: p.period,
    value: p.value,
    valueText: isWithheld(p)
      ? SUPPRESSED_SYMBOL
      : formatValue(p.value, def.unit, displayDecimals(def)),
    symbols: context?.symbols ?? [],
  };
}

/** The series' notes, then the notes on the periods shown, each oldest first. */
function notesView(context: SeriesContext | undefined, shown: readonly Point[]): NoteView[] {
  if (!context) return [];
  const periods = new Set(shown.map((p) => p.period));
  const onPeriods = context.points
    .flatMap((c) => (periods.has(c.period) ? c.notes : []))
    .filter((n, i, all) => all.findIndex((m) => m.id === n.id) === i);
  return [...context.notes, ...onPeriods].map((n) => ({
    period: n.period,
    text: n.text,
    author: n.author,
    date: longDate(n.createdAt.slice(0, 10)),
  }));
}

function latestView(
  summary: IndicatorSummary,
  figure: (p: Point) => PeriodFigure,
): LatestView | null {
  const { definition: def, latest: p, target } = summary;
  if (p === null) return null;
  return {
    ...figure(p),
    financialYear: financialYearLabel(pointFinancialYear(p)),
    countsText: countsText(def, p),
    target: target === undefined ? null : targetView(def, target),
    rag: summary.rag,
    ragWord: RAG_WORDS[summary.rag],
  };
}

/** A period in progress, labelled with the days the data covers of it. */
function partialView(
  def: IndicatorDefinition,
  p: Point,
  figure: (p: Point) => PeriodFigure,
): PartialView {
  const covers = p.covers ?? { start: p.start, end: p.end };
  return {
    ...figure(p),
    label: `${p.period} so far (${dateRange(covers.start, covers.end)})`,
    countsText: countsText(def, p),
  };
}

/** `612 of 3,104` for a percentage; null for other units. */
function countsText(def: IndicatorDefinition, p: Point): string | null {
  if (def.unit !== 'percent' || p.numerator === null || p.denominator === null) return null;
  return `${wholeNumber(p.numerator)} of ${wholeNumber(p.denominator)}`;
}

function wholeNumber(n: number): string {
  return formatValue(n, 'count', 0);
}

function targetView(def: IndicatorDefinition, target: Target): TargetView {
  return {
    financialYear: financialYearLabel(target.financialYear),
    value: target.value,
    valueText: formatValue(target.value, def.unit, displayDecimals(def)),
    toleranceText: toleranceText(def, target),
  };
}

/** `within 2.0 percentage points`, `within 5% of the target`; null with no tolerance. */
function toleranceText(def: IndicatorDefinition, target: Target): string | null {
  if (target.tolerance <= 0) return null;
  if (target.toleranceKind === 'relative') {
    return `within ${formatValue(target.tolerance * 100, 'count', 0)}% of the target`;
  }
  const amount = formatValue(target.tolerance, 'count', displayDecimals(def));
  const noun = def.unit === 'percent' ? ' percentage points' : '';
  return `within ${amount}${noun}`;
}

function sparklineView(
  def: IndicatorDefinition,
  recent: readonly PeriodFigure[],
  window: WindowKind,
  target: number | null,
): SparklineView | null {
  if (recent.length < 2) return null;
  const values = recent
    .map(
      (f) =>
        `${f.period} ${f.valueText}${f.symbols.includes('[b]') ? ' (a break in the series)' : ''}`,
    )
    .join(', ');
  return {
    values: recent.map((f) => f.value),
    breaksBefore: recent.flatMap((f, i) => (f.symbols.includes('[b]') ? [i] : [])),
    label: `${def.title}, last ${recent.length} ${windowKindNoun(window)}: ${values}.`,
    target,
  };
}
