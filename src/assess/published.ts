/**
 * Published DfE figures as a page shows them: a value, or no value with the reason (a status
 * code the DfE printed instead of a number, or nothing published at all) and its table symbol.
 * Rates per 10,000 derived from a published count and the ONS population of the place.
 */

/** One published figure: a measure, a DfE year, a place. */
export interface PublishedFigure {
  /** The measure's id in the reference set. */
  indicatorId: string;
  /** DfE `time_period`: the year ending 31 March (2025 = 2024-25). */
  year: number;
  level: 'national' | 'regional' | 'la';
  /** `E92000001`, a region's code, or the council's old LA code. */
  code: string;
  name: string;
  /** Null when the DfE printed a status code instead of a number. */
  value: number | null;
  /** The DfE's code (`c`, `k`, `x`, `z`, `u`, `low`, `:`) when there is no value. */
  status: string | null;
}

/** ONS population aged 0-17 of a place by mid-year. */
export interface PlacePopulation {
  code: string;
  /** The mid-year of the estimate: mid-2024 is used for 2024-25 (DfE year 2025). */
  year: number;
  count: number;
}

/** A figure for a place as shown: `reason` and `symbol` say why there is no value. */
export interface PlaceFigure {
  code: string;
  name: string;
  value: number | null;
  status: string | null;
  /** In words, when there is no value: `suppressed to protect confidentiality`, `not published`… */
  reason: string | null;
  /** For tables, when there is no value: `[c]`, `[x]`, `[z]`, `[low]`, `[u]`. */
  symbol: string | null;
}

const REASONS: Readonly<Record<string, { reason: string; symbol: string }>> = {
  c: { reason: 'suppressed to protect confidentiality', symbol: '[c]' },
  k: { reason: 'a figure that rounds to 0', symbol: '[low]' },
  low: { reason: 'a figure that rounds to 0', symbol: '[low]' },
  u: { reason: 'low reliability', symbol: '[u]' },
  x: { reason: 'not available', symbol: '[x]' },
  ':': { reason: 'not available', symbol: '[x]' },
  z: { reason: 'not applicable', symbol: '[z]' },
};

const NOT_PUBLISHED = { reason: 'not published', symbol: '[x]' };
const NO_POPULATION = { reason: 'no population estimate for the rate', symbol: '[x]' };

function withReason(
  base: Pick<PlaceFigure, 'code' | 'name' | 'value' | 'status'>,
  why: { reason: string; symbol: string },
): PlaceFigure {
  if (base.value !== null) return { ...base, reason: null, symbol: null };
  return { ...base, ...why };
}

/** A published figure as shown. */
export function placeFigure(figure: PublishedFigure): PlaceFigure {
  const { code, name, value, status } = figure;
  const why = status === null ? NOT_PUBLISHED : (REASONS[status] ?? NOT_PUBLISHED);
  return withReason({ code, name, value, status }, why);
}

/** A place the DfE published nothing for. */
export function unpublished(code: string, name: string): PlaceFigure {
  return withReason({ code, name, value: null, status: null }, NOT_PUBLISHED);
}

export type PopulationIndex = ReadonlyMap<string, ReadonlyMap<number, number>>;

/** Population by place, then mid-year. */
export function indexPopulation(rows: readonly PlacePopulation[]): PopulationIndex {
  const index = new Map<string, Map<number, number>>();
  for (const row of rows) {
    const years = index.get(row.code) ?? new Map<number, number>();
    index.set(row.code, years);
    years.set(row.year, row.count);
  }
  return index;
}

/**
 * A published count as a rate per 10,000 children: the ONS estimate for mid-(Y-1) for DfE year
 * Y, as the DfE computes its own rates. A suppressed count stays suppressed.
 */
export function ratePer10k(figure: PublishedFigure, population: PopulationIndex): PlaceFigure {
  if (figure.value === null) return placeFigure(figure);
  const { code, name } = figure;
  const count = population.get(code)?.get(figure.year - 1);
  if (count === undefined || count <= 0)
    return withReason({ code, name, value: null, status: null }, NO_POPULATION);
  return placeFigure({ ...figure, value: (10000 * figure.value) / count });
}
