/**
 * Disclosure control for what members and the public see: small counts hidden (`[c]`),
 * secondary suppression so no hidden count can be worked out from a total, and any figure
 * whose numerator or denominator is hidden withheld too. Stored figures are never changed:
 * this makes a disclosed copy.
 */
import {
  type IndicatorDefinition,
  isoDay,
  type Point,
  parseIsoDay,
  type Series,
} from '../domain/index.ts';

/** The symbol shown in place of a withheld figure (GSS and DfE convention). */
export const SUPPRESSED_SYMBOL = '[c]';

export interface DisclosureRules {
  /** Counts from 1 to this are hidden. Default 5. */
  threshold: number;
}

export const DEFAULT_DISCLOSURE: DisclosureRules = { threshold: 5 };

/** A count table: cells, and the sums that hold among them (these parts add up to that total). */
export interface CountTable {
  cells: readonly (number | null)[];
  sums: readonly { parts: readonly number[]; total: number }[];
}

function isSmall(value: number | null, rules: DisclosureRules): boolean {
  return value !== null && value >= 1 && value <= rules.threshold;
}

/** The visible member of a sum to hide next: the smallest non-zero part, then a zero, then the total. */
function nextToHide(table: CountTable, sum: CountTable['sums'][number], hidden: boolean[]) {
  const visible = (i: number) => !hidden[i] && table.cells[i] !== null;
  const parts = sum.parts.filter(visible);
  const byValue = (a: number, b: number) => (table.cells[a] ?? 0) - (table.cells[b] ?? 0) || a - b;
  const nonZero = parts.filter((i) => table.cells[i] !== 0).sort(byValue);
  return nonZero[0] ?? parts.sort(byValue)[0] ?? (visible(sum.total) ? sum.total : undefined);
}

/**
 * Which cells to hide: counts from 1 to the threshold, then, while any sum has exactly one
 * hidden member (so it could be worked out), one more member of that sum.
 */
export function suppressCounts(table: CountTable, rules: DisclosureRules): boolean[] {
  const hidden = table.cells.map((c) => isSmall(c, rules));
  for (let changed = true; changed; ) {
    changed = false;
    for (const sum of table.sums) {
      const members = [...sum.parts, sum.total];
      if (members.filter((i) => hidden[i]).length !== 1) continue;
      const next = nextToHide(table, sum, hidden);
      if (next === undefined) continue;
      hidden[next] = true;
      changed = true;
    }
  }
  return hidden;
}

export interface DisclosedPoint extends Point {
  /** Which figures are withheld; a withheld figure is null here, shown as `[c]`. */
  withheld: { value: boolean; numerator: boolean; denominator: boolean };
}

type Sum = CountTable['sums'][number];
type Range = { start: string; end: string };

const PART_KINDS = ['month', 'quarter', 'year'] as const;

function rangeOf(p: Point): Range {
  return p.covers ?? { start: p.start, end: p.end };
}

function nextDay(iso: string): string {
  const day = parseIsoDay(iso);
  if (day === null) throw new Error(`not a date: ${iso}`);
  return isoDay(day + 1);
}

/** The parts, in order, when they cover `range` exactly, end to end; null otherwise. */
function tiling(range: Range, parts: readonly { r: Range; i: number }[]): number[] | null {
  const inside = parts.filter(({ r }) => r.start >= range.start && r.end <= range.end);
  let at = range.start;
  for (const { r } of inside) {
    if (r.start !== at) return null;
    at = nextDay(r.end);
  }
  return inside.length > 0 && at === nextDay(range.end) ? inside.map(({ i }) => i) : null;
}

/**
 * The sums that hold among a flow's points: a window tiled exactly by the months, quarters or
 * years shown (partial windows by their covered days) is their sum, and each year-to-date is
 * the one before it plus its month. (Other differences between overlapping windows are not
 * audited; see ARCHITECTURE.md.)
 */
export function windowSums(points: readonly Point[]): Sum[] {
  const byKind = (kind: string) =>
    points
      .map((p, i) => ({ p, r: rangeOf(p), i }))
      .filter(({ p }) => p.window === kind)
      .sort((a, b) => (a.r.start < b.r.start ? -1 : a.r.start > b.r.start ? 1 : 0));
  const kinds = PART_KINDS.map((kind) => ({ kind, parts: byKind(kind) }));
  const sums: Sum[] = [];
  points.forEach((p, total) => {
    for (const { kind, parts } of kinds) {
      if (kind === p.window) break;
      const tiles = tiling(rangeOf(p), parts);
      if (tiles) sums.push({ parts: tiles, total });
    }
  });
  return [...sums, ...ytdChain(points)];
}

/** Year-to-date to month m = year-to-date to month m-1 + month m. */
function ytdChain(points: readonly Point[]): Sum[] {
  const ytdEnding = new Map<string, number>();
  const monthEnding = new Map<string, number>();
  points.forEach((p, i) => {
    if (p.window === 'ytd') ytdEnding.set(rangeOf(p).end, i);
    if (p.window === 'month') monthEnding.set(rangeOf(p).end, i);
  });
  return points.flatMap((p, total): Sum[] => {
    if (p.window !== 'ytd') return [];
    const month = monthEnding.get(rangeOf(p).end);
    if (month === undefined || points[month]!.start === rangeOf(p).start) return [];
    const before = ytdEnding.get(isoDay((parseIsoDay(points[month]!.start) ?? 0) - 1));
    return before === undefined ? [] : [{ parts: [before, month], total }];
  });
}

function countsOf(points: readonly Point[], field: 'numerator' | 'denominator', flow: boolean) {
  return { cells: points.map((p) => p[field]), sums: flow ? windowSums(points) : [] };
}

/**
 * A series as members may see it: counts hidden by the rules (secondary suppression across the
 * months, quarters, years and rolling windows of a flow), and values withheld where their
 * numerator or denominator is hidden. Percentages, rates and medians go with their counts.
 */
export function discloseSeries(
  series: Series,
  def: IndicatorDefinition,
  rules: DisclosureRules = DEFAULT_DISCLOSURE,
): DisclosedPoint[] {
  const flow = def.kind === 'flow';
  const num = suppressCounts(countsOf(series.points, 'numerator', flow), rules);
  const den = suppressCounts(countsOf(series.points, 'denominator', flow), rules);
  return series.points.map((p, i) => {
    const withheld = { numerator: num[i]!, denominator: den[i]!, value: num[i]! || den[i]! };
    return {
      ...p,
      value: withheld.value ? null : p.value,
      numerator: withheld.numerator ? null : p.numerator,
      denominator: withheld.denominator ? null : p.denominator,
      withheld,
    };
  });
}

/** Whether a point's value is withheld by disclosure control (a disclosed copy's point). */
export function isWithheld(point: Point): boolean {
  return (point as Partial<DisclosedPoint>).withheld?.value === true;
}

/**
 * Every series as members may see it, each by its definition; series with no definition given
 * are left out, so nothing undisclosed slips through.
 */
export function discloseAll(
  series: readonly Series[],
  definitions: readonly IndicatorDefinition[],
  rules: DisclosureRules = DEFAULT_DISCLOSURE,
): Series[] {
  const byId = new Map(definitions.map((d) => [d.id, d]));
  return series.flatMap((s) => {
    const def = byId.get(s.indicatorId);
    return def ? [{ indicatorId: s.indicatorId, points: discloseSeries(s, def, rules) }] : [];
  });
}
