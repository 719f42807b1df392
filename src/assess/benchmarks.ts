/**
 * Benchmarks: for an indicator with a national equivalent, each DfE year's England figure, the
 * council's region, the median of its statistical neighbours (and how many had a figure), the
 * council's own published figure and its quartile among all councils, each year shown with the
 * financial year it refers to. Benchmarks lag: the DfE publishes a year's figures the autumn
 * after it ends, so the latest is usually the year before the council's own latest period.
 */
import {
  financialYearLabel,
  type IndicatorDefinition,
  type Point,
  type Series,
} from '../domain/index.ts';
import {
  indexPopulation,
  type PlaceFigure,
  type PlacePopulation,
  type PublishedFigure,
  placeFigure,
  ratePer10k,
  unpublished,
} from './published.ts';
import {
  median,
  type QuartileBands,
  type QuartilePosition,
  quartileBands,
  quartilePosition,
} from './quartiles.ts';

export interface BenchmarkCouncil {
  /** The council's old LA code, as the DfE names it. */
  code: string;
  name: string;
  /** Its region as the DfE places it (Inner or Outer London for London boroughs); null if unknown. */
  region: { code: string; name: string } | null;
}

export interface BenchmarkInput {
  definition: IndicatorDefinition;
  /** Published figures: those of other measures are ignored. */
  figures: readonly PublishedFigure[];
  /** ONS population by place: needed only for rates derived from counts. */
  population?: readonly PlacePopulation[];
  council: BenchmarkCouncil;
  /** The council's statistical neighbours, closest first (10 in the DfE models). */
  neighbours: readonly { code: string; name?: string | null }[];
  /** The council's own series: its `year` points are set beside the DfE year they match. */
  own?: Series;
}

export interface NeighbourFigures {
  /** Median of the neighbours with a figure; null when none has one. */
  median: number | null;
  /** Neighbours with a figure. */
  count: number;
  /** Neighbours named. */
  of: number;
  /** The neighbours without a figure, each with the reason. */
  missing: PlaceFigure[];
}

export interface BenchmarkYear {
  /** DfE year: 2025 is 2024-25. */
  year: number;
  /** The financial year the figures refer to, `2024-25`: show it beside them. */
  period: string;
  england: PlaceFigure;
  /** Null when the council's region is not known. */
  region: PlaceFigure | null;
  /** Null when the council has no statistical neighbours. */
  neighbours: NeighbourFigures | null;
  /** The council's own figure as the DfE published it. */
  published: PlaceFigure;
  /** Quartile cuts among all councils with a figure; null when fewer than 4 have one. */
  bands: QuartileBands | null;
  /** Where the published figure sits among all councils. */
  quartile: QuartilePosition | null;
  /** The council's own whole `year` point for the same financial year, and where it would sit. */
  own: { point: Point; quartile: QuartilePosition | null } | null;
}

export interface BenchmarkView {
  indicatorId: string;
  measure: string;
  publication: string;
  /** True when the figures are rates this module derived from DfE counts and ONS population. */
  derived: boolean;
  /** Every DfE year of the measure, oldest first. */
  years: BenchmarkYear[];
  /** The newest year with an England figure. */
  latest: BenchmarkYear | null;
}

const ENGLAND = { code: 'E92000001', name: 'England' };

interface YearFigures {
  national: PlaceFigure | null;
  regional: Map<string, PlaceFigure>;
  la: Map<string, PlaceFigure>;
}

/** The measure's figures by year and place, as rates when the definition derives them. */
function indexYears(input: BenchmarkInput, measure: string, derive: boolean) {
  const population = indexPopulation(derive ? (input.population ?? []) : []);
  const years = new Map<number, YearFigures>();
  for (const figure of input.figures) {
    if (figure.indicatorId !== measure) continue;
    const year = years.get(figure.year) ?? { national: null, regional: new Map(), la: new Map() };
    years.set(figure.year, year);
    const shown = derive ? ratePer10k(figure, population) : placeFigure(figure);
    if (figure.level === 'national') year.national = shown;
    else year[figure.level].set(figure.code, shown);
  }
  return years;
}

function neighbourFigures(input: BenchmarkInput, la: Map<string, PlaceFigure>) {
  if (input.neighbours.length === 0) return null;
  const found = input.neighbours.map(
    (n) => la.get(n.code) ?? unpublished(n.code, n.name ?? n.code),
  );
  const values = found.flatMap((f) => (f.value === null ? [] : [f.value]));
  return {
    median: median(values),
    count: values.length,
    of: found.length,
    missing: found.filter((f) => f.value === null),
  };
}

function bandsOf(la: Map<string, PlaceFigure>): QuartileBands | null {
  return quartileBands([...la.values()].flatMap((f) => (f.value === null ? [] : [f.value])));
}

function ownPoint(own: Series | undefined, period: string): Point | null {
  return own?.points.find((p) => p.window === 'year' && p.period === period && !p.partial) ?? null;
}

function benchmarkYear(input: BenchmarkInput, year: number, figures: YearFigures): BenchmarkYear {
  const { council, definition } = input;
  const bands = bandsOf(figures.la);
  const place = (value: number | null) =>
    bands && value !== null ? quartilePosition(value, bands, definition.polarity) : null;
  const published = figures.la.get(council.code) ?? unpublished(council.code, council.name);
  const period = financialYearLabel(year - 1);
  const point = ownPoint(input.own, period);
  return {
    year,
    period,
    england: figures.national ?? unpublished(ENGLAND.code, ENGLAND.name),
    region: council.region
      ? (figures.regional.get(council.region.code) ??
        unpublished(council.region.code, council.region.name))
      : null,
    neighbours: neighbourFigures(input, figures.la),
    published,
    bands,
    quartile: place(published.value),
    own: point ? { point, quartile: place(point.value) } : null,
  };
}

/** The benchmarks of one indicator for one council; null when it has no national equivalent. */
export function benchmarkView(input: BenchmarkInput): BenchmarkView | null {
  const source = input.definition.benchmark;
  if (!source) return null;
  const derived = source.derive === 'rate_per_10k';
  const byYear = indexYears(input, source.measure, derived);
  const years = [...byYear.keys()]
    .sort((a, b) => a - b)
    .map((year) => benchmarkYear(input, year, byYear.get(year) as YearFigures));
  return {
    indicatorId: input.definition.id,
    measure: source.measure,
    publication: source.publication,
    derived,
    years,
    latest: years.findLast((y) => y.england.value !== null) ?? null,
  };
}

/**
 * The benchmark year to show beside a council figure of financial year `financialYear` (its
 * starting calendar year, 2025 for 2025-26): that year's, else the newest before it with an
 * England figure; `lag` is how many years older it is. Null when there is none.
 */
export function benchmarkBeside(
  view: BenchmarkView,
  financialYear: number,
): { year: BenchmarkYear; lag: number } | null {
  const year = view.years.findLast((y) => y.year - 1 <= financialYear && y.england.value !== null);
  return year ? { year, lag: financialYear - (year.year - 1) } : null;
}
