/**
 * An indicator's benchmarks in words, beside its latest figure: England, the region and the
 * statistical neighbours' median for the DfE year nearest before it (with that year shown and
 * how far behind it is), and where the council's own figure sits among all councils.
 */
import { type BenchmarkYear, benchmarkBeside, benchmarkView } from '../../assess/index.ts';
import {
  displayDecimals,
  formatValue,
  type IndicatorDefinition,
  type Series,
} from '../../domain/index.ts';
import type { BenchmarkInputs } from '../../store/index.ts';
import type { BenchmarkLineView } from './model.ts';

function figureText(def: IndicatorDefinition, value: number | null, symbol: string | null) {
  return value === null ? (symbol ?? '[x]') : formatValue(value, def.unit, displayDecimals(def));
}

function places(def: IndicatorDefinition, year: BenchmarkYear): BenchmarkLineView['places'] {
  const out = [
    { label: 'England', text: figureText(def, year.england.value, year.england.symbol) },
  ];
  if (year.region) {
    out.push({
      label: year.region.name,
      text: figureText(def, year.region.value, year.region.symbol),
    });
  }
  const n = year.neighbours;
  if (n && n.of > 0) {
    out.push({
      label: `Statistical neighbours' median (${n.count} of ${n.of})`,
      text: figureText(def, n.median, null),
    });
  }
  return out;
}

function lagText(lag: number): string | null {
  if (lag <= 0) return null;
  return lag === 1 ? 'a year before the latest figure' : `${lag} years before the latest figure`;
}

function quartileText(year: BenchmarkYear): string | null {
  const q = year.own?.quartile ?? year.quartile;
  if (!q) return null;
  const whose = year.own?.quartile ? 'Our figure' : 'Our published figure';
  return `${whose} for ${year.period} is in the ${q.label} of ${q.among} councils`;
}

/**
 * The benchmark line for a card, for the financial year of the latest figure (its starting
 * calendar year); null when the indicator has no national equivalent or nothing is loaded.
 */
export function benchmarkLine(
  def: IndicatorDefinition,
  series: Series,
  inputs: BenchmarkInputs | undefined,
  financialYear: number | null,
): BenchmarkLineView | null {
  if (!inputs || financialYear === null || !def.benchmark) return null;
  const view = benchmarkView({
    definition: def,
    figures: inputs.figures,
    population: inputs.population,
    council: inputs.council,
    neighbours: inputs.known ? inputs.neighbours : [],
    own: series,
  });
  const beside = view ? benchmarkBeside(view, financialYear) : null;
  if (!view || !beside) return null;
  return {
    period: beside.year.period,
    lagText: lagText(beside.lag),
    places: places(def, beside.year),
    quartileText: inputs.known ? quartileText(beside.year) : null,
    source: `DfE ${view.publication}${view.derived ? ', as a rate per 10,000 children' : ''}`,
    years: view.years.map((y) => yearRow(def, y, inputs.known)).reverse(),
  };
}

/** One DfE year as a table row: the year it refers to, each comparator, and our figure. */
function yearRow(def: IndicatorDefinition, y: BenchmarkYear, known: boolean) {
  const ours = y.own?.point.value ?? (known ? y.published.value : null);
  return {
    period: y.period,
    england: figureText(def, y.england.value, y.england.symbol),
    region: y.region ? figureText(def, y.region.value, y.region.symbol) : '',
    neighbours:
      y.neighbours && y.neighbours.of > 0 ? figureText(def, y.neighbours.median, null) : '',
    ours: ours === null ? '' : figureText(def, ours, null),
    quartile: known ? ((y.own?.quartile ?? y.quartile)?.label ?? '') : '',
  };
}
