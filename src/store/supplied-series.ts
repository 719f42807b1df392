/**
 * Supplied values as series points, so the dashboard shows them like computed ones. Supplied
 * indicators' series are replaced whole; values that override a computed indicator are laid
 * over its computed points, period by period.
 */
import { sql } from 'kysely';
import { CATALOGUE, type Point, type Series, WINDOW_KINDS } from '../domain/index.ts';
import type { SuppliedValue } from '../ingest/index.ts';
import { pointToRow } from './mappers.ts';
import { replaceSeriesFor } from './series.ts';
import { withFirstReported } from './series-first-reported.ts';
import { loadSuppliedValues } from './supplied.ts';
import type { Database } from './tables.ts';

/** The ids the engine computes from child-level records. */
export const COMPUTED_IDS: ReadonlySet<string> = new Set(
  CATALOGUE.filter((def) => def.source === 'child-level').map((def) => def.id),
);

function pointOf(value: SuppliedValue): Point {
  const { window, period, start, end } = value;
  return { window, period, start, end, ...figures(value) };
}

function figures(value: SuppliedValue): Pick<Point, 'value' | 'numerator' | 'denominator'> {
  return { value: value.value, numerator: value.numerator, denominator: value.denominator };
}

function byEndThenKind(a: Point, b: Point): number {
  if (a.end !== b.end) return a.end < b.end ? -1 : 1;
  return WINDOW_KINDS.indexOf(a.window) - WINDOW_KINDS.indexOf(b.window);
}

/**
 * One series per indicator supplied, in order of first appearance, with a point per value
 * ordered by end date, then window kind (as loadSeries orders them). Base and interval are not
 * points' fields: read them with loadSuppliedValues.
 */
export function suppliedSeries(values: readonly SuppliedValue[]): Series[] {
  const byIndicator = new Map<string, Point[]>();
  for (const value of values) {
    const points = byIndicator.get(value.indicatorId) ?? [];
    byIndicator.set(value.indicatorId, points);
    points.push(pointOf(value));
  }
  return [...byIndicator].map(([indicatorId, points]) => ({
    indicatorId,
    points: points.sort(byEndThenKind),
  }));
}

/**
 * Writes the council's stored supplied values into its series: supplied indicators' series are
 * replaced whole; overrides of computed indicators replace only the points they name. Computed
 * series are otherwise left alone. Call it after every recomputation too.
 */
export async function writeSuppliedSeries(trx: Database, la: string, at: string): Promise<void> {
  const series = suppliedSeries(await loadSuppliedValues(trx, la));
  const supplied = series.filter((s) => !COMPUTED_IDS.has(s.indicatorId));
  await replaceSeriesFor(
    trx,
    la,
    supplied.map((s) => s.indicatorId),
    supplied,
    at,
  );
  for (const s of series.filter((x) => COMPUTED_IDS.has(x.indicatorId))) {
    await overlay(trx, la, s, at);
  }
}

/**
 * Puts each point in place of the stored point of the same indicator, window and period; the
 * stored point's first-reported figure stays (the override is then a revision of it).
 */
async function overlay(trx: Database, la: string, series: Series, at: string): Promise<void> {
  if (series.points.length === 0) return;
  const rows = withFirstReported(
    series.points.map((p) => pointToRow(la, series.indicatorId, p, at)),
    new Map(),
  );
  await trx
    .insertInto('series_point')
    .values(rows)
    .onConflict((oc) =>
      oc.columns(['la', 'indicator_id', 'window', 'period']).doUpdateSet((eb) => ({
        start_date: eb.ref('excluded.start_date'),
        end_date: eb.ref('excluded.end_date'),
        value: eb.ref('excluded.value'),
        numerator: eb.ref('excluded.numerator'),
        denominator: eb.ref('excluded.denominator'),
        partial: eb.ref('excluded.partial'),
        covers_start: eb.ref('excluded.covers_start'),
        covers_end: eb.ref('excluded.covers_end'),
        computed_at: eb.ref('excluded.computed_at'),
        first_value: sql<number | null>`case when series_point.first_reported_at is null
          then excluded.first_value else series_point.first_value end`,
        first_reported_at: sql<string | null>`coalesce(series_point.first_reported_at,
          excluded.first_reported_at)`,
      })),
    )
    .execute();
}
