/** The dashboard view model: a pure function of a council's series, targets and a window kind. */
import {
  discloseAll,
  type Note,
  type Revision,
  seriesContext,
  type Target,
} from '../../assess/index.ts';
import {
  CATALOGUE,
  CATALOGUE_SECTIONS,
  type IndicatorDefinition,
  LOCAL_SECTION,
  type Series,
  type WindowKind,
} from '../../domain/index.ts';
import type { BenchmarkInputs, Recalculation } from '../../store/index.ts';
import { longDate } from './dates.ts';
import { indicatorView } from './indicator.ts';
import type { DashboardView, IndicatorView, LaOption, SectionView, WindowOption } from './model.ts';
import { windowKindLabel, windowKindNoun } from './words.ts';

/** The window kinds the dashboard offers, in the order of its form. */
export const DASHBOARD_WINDOWS = [
  'quarter',
  'month',
  'year',
  'r12',
  'ytd',
] as const satisfies readonly WindowKind[];

export interface Council {
  code: string;
  name: string;
}

export interface DashboardInput {
  la: Council;
  las: readonly Council[];
  series: readonly Series[];
  targets: readonly Target[];
  window: WindowKind;
  /** The council's local indicators, shown after the catalogue's. */
  local?: readonly IndicatorDefinition[];
  /** DfE benchmarks for the council, when loaded. */
  benchmarks?: BenchmarkInputs;
  /** Points whose figure changed since first reported. */
  revisions?: readonly Revision[];
  /** Notes on the council's indicators (only published ones are shown). */
  notes?: readonly Note[];
  /** SPC recalculation dates stated for the council's indicators. */
  recalculations?: readonly Recalculation[];
  /**
   * `published` (the default): disclosure control applied, as members and the public may see
   * the figures; `all`: every figure, for officers.
   */
  figures?: FiguresShown;
}

export type FiguresShown = 'published' | 'all';

/**
 * Everything the dashboard page shows, formatted: one card per indicator with stored points, in
 * the catalogue's sections and order, then the council's local indicators, for the chosen
 * window kind.
 * @example buildDashboard({ la, las, series, targets, window: 'quarter' }).indicators[0].latest
 */
export function buildDashboard(given: DashboardInput): DashboardView {
  const figures = given.figures ?? 'published';
  const input = figures === 'all' ? given : { ...given, series: disclosed(given) };
  const asAt = dataAsAt(input.series);
  const sections = sectionViews(input);
  return {
    la: { code: input.la.code, name: input.la.name },
    window: input.window,
    windowNoun: windowKindNoun(input.window),
    laOptions: laOptions(input.las, input.la.code),
    windowOptions: windowOptions(input.window),
    figures,
    asAt: asAt === null ? null : longDate(asAt),
    indicators: sections.flatMap((s) => s.indicators),
    sections,
  };
}

/** The series with disclosure control applied (every catalogue and local definition). */
function disclosed(input: DashboardInput): Series[] {
  return discloseAll(input.series, [...CATALOGUE, ...(input.local ?? [])]);
}

function laOptions(las: readonly Council[], selected: string): LaOption[] {
  return las.map((la) => ({ code: la.code, name: la.name, selected: la.code === selected }));
}

function windowOptions(selected: WindowKind): WindowOption[] {
  return DASHBOARD_WINDOWS.map((kind) => ({
    kind,
    label: windowKindLabel(kind),
    selected: kind === selected,
  }));
}

/** The catalogue's sections, then the council's local indicators, each with its cards. */
function sectionViews(input: DashboardInput): SectionView[] {
  const sections = [...CATALOGUE_SECTIONS, { ...LOCAL_SECTION, indicators: input.local ?? [] }];
  return sections
    .map((s) => ({ id: s.id, title: s.title, indicators: indicatorViews(input, s.indicators) }))
    .filter((s) => s.indicators.length > 0);
}

function notesAndRevisions(input: DashboardInput) {
  return {
    ...(input.notes ? { notes: input.notes } : {}),
    ...(input.revisions ? { revisions: input.revisions } : {}),
  };
}

function indicatorViews(
  input: DashboardInput,
  defs: readonly IndicatorDefinition[],
): IndicatorView[] {
  const asAt = dataAsAt(input.series);
  const views: IndicatorView[] = [];
  for (const def of defs) {
    const series = input.series.find((s) => s.indicatorId === def.id);
    if (series === undefined || series.points.length === 0) continue;
    const ordered = inEndOrder(withReplaced(def, series, input.series));
    const context =
      asAt === null
        ? undefined
        : seriesContext(def, ordered, { asAt, ...notesAndRevisions(input) });
    const recalculateFrom = (input.recalculations ?? [])
      .filter((r) => r.indicatorId === def.id)
      .map((r) => r.from);
    const extras = {
      ...(asAt === null ? {} : { asAt }),
      recalculateFrom,
      ...(input.benchmarks ? { benchmarks: input.benchmarks } : {}),
      ...(context ? { context } : {}),
    };
    views.push(indicatorView(def, ordered, input.targets, input.window, extras));
  }
  return views;
}

/**
 * An indicator that replaced another, on one axis with it: the old series' points for periods
 * before the replacement date, its own from it (the first marked `[b]` by the context). The old
 * indicator keeps its own card, so its series stays there for comparison.
 */
function withReplaced(def: IndicatorDefinition, series: Series, all: readonly Series[]): Series {
  const replaces = def.replaces;
  const old = replaces ? all.find((s) => s.indicatorId === replaces.id) : undefined;
  if (!replaces || !old) return series;
  const before = old.points.filter((p) => p.start < replaces.from);
  const after = series.points.filter((p) => p.start >= replaces.from);
  return { indicatorId: series.indicatorId, points: [...before, ...after] };
}

/** The series with its points in order of end date (the store gives them so; tests may not). */
function inEndOrder(series: Series): Series {
  const points = [...series.points].sort((a, b) => (a.end < b.end ? -1 : a.end > b.end ? 1 : 0));
  return { indicatorId: series.indicatorId, points };
}

/** The last day the data covers: the latest covered end of any point (ISO dates sort as text). */
export function dataAsAt(series: readonly Series[]): string | null {
  let latest: string | null = null;
  for (const s of series) {
    for (const p of s.points) {
      const end = p.covers?.end ?? p.end;
      if (latest === null || end > latest) latest = end;
    }
  }
  return latest;
}
