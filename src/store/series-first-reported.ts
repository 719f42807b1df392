/**
 * First-reported figures: a series point keeps the value it had when first stored whole, and
 * when, through every later replacement of the series; a point whose value has changed since is
 * a revision. A partial point has none yet (its figure is expected to change as data arrives).
 */
import { type Insertable, sql } from 'kysely';
import type { Revision } from '../assess/index.ts';
import { WINDOW_KINDS } from '../domain/index.ts';
import { member } from './codes.ts';
import type { Database, SeriesPointTable } from './tables.ts';

export interface FirstReported {
  value: number | null;
  /** ISO 8601 timestamp. */
  at: string;
}

const keyOf = (indicatorId: string, window: string, period: string) =>
  `${indicatorId}\u0000${window}\u0000${period}`;

/** `yyyy-mm-ddThh:mm:ss.sssZ`, as `Date#toISOString` writes it. */
const ISO = sql`to_char(first_reported_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/**
 * The first-reported figure of each stored point of the council (of `indicatorIds` only, when
 * given), by indicator, window and period. Call it before the points are replaced. Read as one
 * JSON text the database builds: a council's points are tens of thousands of rows.
 */
export async function loadFirstReported(
  db: Database,
  la: string,
  indicatorIds?: readonly string[],
): Promise<Map<string, FirstReported>> {
  if (indicatorIds !== undefined && indicatorIds.length === 0) return new Map();
  const only =
    indicatorIds === undefined ? sql`` : sql`and indicator_id = any(${[...indicatorIds]})`;
  const { rows } = await sql<{ points: string | null }>`
    select json_agg(json_build_array(indicator_id, "window", period, first_value, ${ISO}))::text
      as points
    from series_point
    where la = ${la} and first_reported_at is not null ${only}`.execute(db);
  const points: [string, string, string, number | null, string][] = JSON.parse(
    rows[0]?.points ?? '[]',
  );
  const first = new Map<string, FirstReported>();
  for (const [indicatorId, window, period, value, at] of points) {
    first.set(keyOf(indicatorId, window, period), { value, at });
  }
  return first;
}

/**
 * Rows to insert with their first-reported figure: the one the replaced point had, else their
 * own when whole (first stored now), else none.
 */
export function withFirstReported(
  rows: readonly Insertable<SeriesPointTable>[],
  previous: ReadonlyMap<string, FirstReported>,
): Insertable<SeriesPointTable>[] {
  return rows.map((row) => {
    const before = previous.get(keyOf(row.indicator_id, row.window, row.period));
    if (before) return { ...row, first_value: before.value, first_reported_at: before.at };
    if (row.partial) return { ...row, first_value: null, first_reported_at: null };
    return { ...row, first_value: row.value ?? null, first_reported_at: row.computed_at };
  });
}

/**
 * The council's points (of one indicator, when given) whose value differs from the one first
 * reported, by indicator and end date: what a page marks `[r]`.
 */
export async function loadRevisions(
  db: Database,
  la: string,
  indicatorId?: string,
): Promise<Revision[]> {
  let query = db
    .selectFrom('series_point')
    .select(['indicator_id', 'window', 'period', 'first_value', 'first_reported_at'])
    .where('la', '=', la)
    .where('first_reported_at', 'is not', null)
    .where(sql<boolean>`value is distinct from first_value`);
  if (indicatorId !== undefined) query = query.where('indicator_id', '=', indicatorId);
  const rows = await query.orderBy('indicator_id').orderBy('end_date').orderBy('window').execute();
  return rows.map((row) => ({
    indicatorId: row.indicator_id,
    window: member(WINDOW_KINDS, row.window),
    period: row.period,
    firstValue: row.first_value,
    firstReportedAt: row.first_reported_at?.toISOString() ?? '',
  }));
}
