/** The dashboard as plain data, ready to render: every figure already formatted. */
import type { Rag, WindowKind } from '../../domain/index.ts';

export interface LaOption {
  code: string;
  name: string;
  selected: boolean;
}

export interface WindowOption {
  kind: WindowKind;
  label: string;
  selected: boolean;
}

/** One period's figure as shown: `2026-27 Q2` → `23.4%`. */
export interface PeriodFigure {
  period: string;
  value: number | null;
  valueText: string;
  /** `[p]` provisional, `[r]` revised, `[b]` a break in the series, as they apply. */
  symbols: string[];
}

export interface TargetView {
  /** `2026-27`. */
  financialYear: string;
  value: number;
  valueText: string;
  /** `within 2.0 percentage points`, or null with no tolerance. */
  toleranceText: string | null;
}

/** The latest whole period, judged against its target. */
export interface LatestView extends PeriodFigure {
  /** The financial year the period falls in (by its end date): `2026-27`. */
  financialYear: string;
  /** `612 of 3,104` for percentages; null otherwise. */
  countsText: string | null;
  target: TargetView | null;
  rag: Rag;
  ragWord: string;
}

/** A period in progress: `2026-27 Q3 so far (1 Oct to 31 Oct 2026)`. */
export interface PartialView extends PeriodFigure {
  label: string;
  countsText: string | null;
}

export interface SparklineView {
  values: (number | null)[];
  /** Positions where the indicator replaced another: the line is not joined across them. */
  breaksBefore: number[];
  /** The text alternative: every period and value. */
  label: string;
  target: number | null;
}

/** One comparison in words: `Better than 2025-26 Q2`, with an arrow for the eye. */
export interface TravelWord {
  direction: 'better' | 'worse' | 'similar' | 'up' | 'down';
  arrow: string;
  text: string;
}

/** Direction of travel of the latest whole period. */
export interface TravelView {
  previous: TravelWord | null;
  lastYear: TravelWord | null;
}

/** Statistical process control of the periods shown, in words. */
export interface SpcView {
  variation: 'common_cause' | 'improvement' | 'concern' | 'neutral_high' | 'neutral_low';
  variationText: string;
  /** Against the target; null with no target or for a neutral indicator. */
  assuranceText: string | null;
  /** `from 24 periods`. */
  basisText: string;
}

/** Benchmarks beside the latest figure: `England 21.4%` for the DfE year shown. */
export interface BenchmarkLineView {
  /** The financial year the benchmarks refer to: `2024-25`. */
  period: string;
  /** `a year before the latest figure`; null when the same year. */
  lagText: string | null;
  places: { label: string; text: string }[];
  /** `Our figure for 2024-25 is in the best quartile of 152 councils`; null when unknown. */
  quartileText: string | null;
  source: string;
  /** Every DfE year, newest first, for the table of benchmarks by year. */
  years: {
    period: string;
    england: string;
    region: string;
    neighbours: string;
    ours: string;
    quartile: string;
  }[];
}

/** The year-end forecast for the financial year in progress. */
export interface ForecastView {
  /** `2026-27`. */
  year: string;
  valueText: string;
  /** `from 7 months, straight-line`. */
  basisText: string;
  /** Null with no target, or for a neutral indicator. */
  onTrackText: string | null;
  /** What each remaining month needs, when not on track. */
  neededText: string | null;
}

/** A note on the series or one of its periods, as published. */
export interface NoteView {
  /** Null when the note is on the whole series. */
  period: string | null;
  text: string;
  author: string;
  date: string;
}

export interface IndicatorView {
  id: string;
  title: string;
  description: string;
  polarityText: string;
  latest: LatestView | null;
  partial: PartialView | null;
  /** The last six whole periods, oldest first. */
  recent: PeriodFigure[];
  sparkline: SparklineView | null;
  travel: TravelView | null;
  spc: SpcView | null;
  benchmark: BenchmarkLineView | null;
  forecast: ForecastView | null;
  /** `Given for financial years and rolling 12 months only`, when the kind shown is not one. */
  onlyText: string | null;
  /** Published notes on the series and on the periods shown, oldest first. */
  notes: NoteView[];
}

/** A family of indicators on the dashboard, with the cards that have figures. */
export interface SectionView {
  id: string;
  title: string;
  indicators: IndicatorView[];
}

export interface DashboardView {
  la: { code: string; name: string };
  window: WindowKind;
  /** `quarters`, for sentences. */
  windowNoun: string;
  laOptions: LaOption[];
  windowOptions: WindowOption[];
  /** Whether disclosure control hides small numbers (`published`) or not (`all`). */
  figures: 'published' | 'all';
  /** `31 October 2026`, or null when there are no figures. */
  asAt: string | null;
  /** Every card, in section order. */
  indicators: IndicatorView[];
  /** The sections with at least one card. */
  sections: SectionView[];
}
