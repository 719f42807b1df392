/**
 * assess — pure judgements of series: RAG against targets and tolerance, latest position,
 * direction of travel, SPC, year-end forecasts, benchmarks, disclosure control, and the context
 * of each point (partial, provisional, revised, notes, series breaks).
 * Does not: IO or presentation.
 */
export {
  type BenchmarkCouncil,
  type BenchmarkInput,
  type BenchmarkView,
  type BenchmarkYear,
  benchmarkBeside,
  benchmarkView,
  type NeighbourFigures,
} from './benchmarks.ts';
export {
  type ContextOptions,
  isProvisional,
  type Note,
  type NoteStatus,
  type PointContext,
  type Revision,
  revisedFrom,
  type SeriesContext,
  seriesContext,
} from './context.ts';
export { coverageWords } from './coverage.ts';
export {
  type Direction,
  defaultSimilar,
  directionOf,
  type SimilarWithin,
  type Travel,
  travelOf,
} from './direction.ts';
export {
  type CountTable,
  DEFAULT_DISCLOSURE,
  type DisclosedPoint,
  type DisclosureRules,
  discloseAll,
  discloseSeries,
  isWithheld,
  SUPPRESSED_SYMBOL,
  suppressCounts,
  windowSums,
} from './disclosure.ts';
export {
  type Forecast,
  type ForecastInput,
  type ForecastMethod,
  forecastYearEnd,
} from './forecast.ts';
export type {
  PlaceFigure,
  PlacePopulation,
  PublishedFigure,
} from './published.ts';
export {
  median,
  type QuartileBands,
  type QuartileCuts,
  type QuartilePosition,
  quartileBands,
  quartilePosition,
} from './quartiles.ts';
export { ragFor } from './rag.ts';
export { type AxisPoint, layReplaced, type ReplacedSeries } from './series-break.ts';
export {
  type Assurance,
  limitsOf,
  MIN_POINTS,
  type SpcInput,
  type SpcOptions,
  type SpcPoint,
  type SpcResult,
  type SpcRule,
  spc,
  type Variation,
} from './spc.ts';
export { type IndicatorSummary, pointFinancialYear, summarise } from './summary.ts';
export {
  PROFILE_MONTHS,
  type RagRule,
  type Target,
  type TargetSetting,
  type ToleranceKind,
  type ToleranceSource,
  targetFor,
  targetInForce,
  targetsInForce,
} from './target.ts';
