/** The format-neutral report: what a committee sees, whatever the file format. */
import {
  type IndicatorSummary,
  isWithheld,
  SUPPRESSED_SYMBOL,
  summarise,
  type Target,
} from '../assess/index.ts';
import {
  CATALOGUE,
  displayDecimals,
  formatValue,
  type IndicatorDefinition,
  type Point,
  RAG_WORDS,
  type Rag,
  type Series,
  type WindowKind,
} from '../domain/index.ts';

export interface ReportCell {
  period: string;
  value: number | null;
  /** The value as displayed: rounded half away from zero, `%` for percentages; `[c]` withheld. */
  text: string;
  /** Withheld by disclosure control: the value is null and shows as `[c]`. */
  withheld: boolean;
}

export interface ReportRow {
  id: string;
  title: string;
  unit: string;
  polarity: string;
  decimals: number;
  latest: (ReportCell & { numerator: number | null; denominator: number | null }) | null;
  target: number | null;
  rag: Rag;
  ragWord: string;
  recent: ReportCell[];
}

export interface ReportModel {
  title: string;
  council: { code: string; name: string };
  window: WindowKind;
  rows: ReportRow[];
  /** Every stored point, for the data sheet and for tracing. */
  series: readonly Series[];
}

export interface ReportInput {
  council: { code: string; name: string };
  series: readonly Series[];
  targets: readonly Target[];
  window: WindowKind;
  /** The council's local indicators, reported after the catalogue's. */
  local?: readonly IndicatorDefinition[];
}

/**
 * Builds the report from stored series and targets: one row per catalogue indicator with data,
 * then one per local indicator with data.
 */
export function buildReport(input: ReportInput): ReportModel {
  const byId = new Map(input.series.map((s) => [s.indicatorId, s]));
  const defs = [...CATALOGUE, ...(input.local ?? [])];
  const rows = defs
    .filter((def) => byId.has(def.id))
    .map((def) => toRow(summarise(def, byId.get(def.id), input.targets, input.window)));
  return {
    title: `Performance dashboard: ${input.council.name}`,
    council: input.council,
    window: input.window,
    rows,
    series: input.series,
  };
}

function toRow(summary: IndicatorSummary): ReportRow {
  const def = summary.definition;
  const decimals = displayDecimals(def);
  const cell = (p: Point): ReportCell => ({
    period: p.period,
    value: p.value,
    text: isWithheld(p) ? SUPPRESSED_SYMBOL : formatValue(p.value, def.unit, decimals),
    withheld: isWithheld(p),
  });
  const latest = summary.latest;
  return {
    id: def.id,
    title: def.title,
    unit: def.unit,
    polarity: def.polarity,
    decimals,
    latest: latest
      ? { ...cell(latest), numerator: latest.numerator, denominator: latest.denominator }
      : null,
    target: summary.target?.value ?? null,
    rag: summary.rag,
    ragWord: RAG_WORDS[summary.rag],
    recent: summary.recent.map(cell),
  };
}
