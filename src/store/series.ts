/** Computed series: replaced whole for a council after each computation, loaded in order. */
import { type Insertable, sql } from 'kysely';
import type { Series } from '../domain/index.ts';
import { pointFromRow, pointToRow } from './mappers.ts';
import { loadFirstReported, withFirstReported } from './series-first-reported.ts';
import type { Database, SeriesPointTable } from './tables.ts';
import { inTransaction } from './transaction.ts';

/** Rows per INSERT: 13 columns each, well under PostgreSQL's 65,535 parameters. */
const CHUNK_ROWS = 2_000;

async function insertRows(
  trx: Database,
  rows: readonly Insertable<SeriesPointTable>[],
): Promise<void> {
  for (let start = 0; start < rows.length; start += CHUNK_ROWS) {
    await trx
      .insertInto('series_point')
      .values(rows.slice(start, start + CHUNK_ROWS))
      .execute();
  }
}

/** Replaces every series point of the council, atomically, keeping first-reported figures. */
export function replaceSeries(
  db: Database,
  la: string,
  series: readonly Series[],
  computedAt: string,
): Promise<void> {
  const rows = series.flatMap((s) =>
    s.points.map((p) => pointToRow(la, s.indicatorId, p, computedAt)),
  );
  return inTransaction(db, async (trx) => {
    const first = await loadFirstReported(trx, la);
    await trx.deleteFrom('series_point').where('la', '=', la).execute();
    await insertRows(trx, withFirstReported(rows, first));
  });
}

/**
 * Replaces the council's points of the given indicators only, atomically: the points of other
 * indicators (computed ones when supplied ones are written, and the other way round) stay.
 */
export function replaceSeriesFor(
  db: Database,
  la: string,
  indicatorIds: readonly string[],
  series: readonly Series[],
  computedAt: string,
): Promise<void> {
  const ids = new Set(indicatorIds);
  const rows = series
    .filter((s) => ids.has(s.indicatorId))
    .flatMap((s) => s.points.map((p) => pointToRow(la, s.indicatorId, p, computedAt)));
  return inTransaction(db, async (trx) => {
    if (ids.size === 0) return;
    const first = await loadFirstReported(trx, la, [...ids]);
    await trx
      .deleteFrom('series_point')
      .where('la', '=', la)
      .where('indicator_id', 'in', [...ids])
      .execute();
    await insertRows(trx, withFirstReported(rows, first));
  });
}

/**
 * The council's series by indicator id, each with its points by end date, then window kind in
 * the order month, quarter, year, ytd, r12.
 */
export async function loadSeries(db: Database, la: string): Promise<Series[]> {
  const rows = await db
    .selectFrom('series_point')
    .selectAll()
    .where('la', '=', la)
    .orderBy('indicator_id')
    .orderBy('end_date')
    .orderBy(sql`array_position(array['month', 'quarter', 'year', 'ytd', 'r12'], "window")`)
    .execute();
  const byIndicator = new Map<string, Series>();
  for (const row of rows) {
    const series = byIndicator.get(row.indicator_id) ?? {
      indicatorId: row.indicator_id,
      points: [],
    };
    byIndicator.set(row.indicator_id, series);
    series.points.push(pointFromRow(row));
  }
  return [...byIndicator.values()];
}
