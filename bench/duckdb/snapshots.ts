/**
 * Snapshot indicators in SQL: the state on each window's (covered) end date. A record is open
 * at d when its start <= d and its end is blank or after d.
 */

interface AtEnd {
  unit: 'count' | 'percent' | 'rate';
  /** `SELECT we, n, h`: base n and hits h at each end date `we`. */
  tally: string;
  /** Only these window kinds (all when absent). */
  kinds?: readonly string[];
  /**
   * Known only on the extract's date: Annex A holds a child's current placement and its
   * placements in the last 12 months as at the extract, so at earlier dates the figure is not
   * known (value, numerator and denominator null).
   */
  asAtOnly?: boolean;
}

/** Counts and shares at each end date. */
const AT_END: Record<string, AtEnd> = {
  assessments_open_over_45wd: {
    unit: 'count',
    tally: `SELECT e.we, count(*), count(*) FROM ends AS e
      JOIN asmt_x AS x ON x.over_45_from <= e.we AND coalesce(x.a, DATE '9999-12-31') > e.we
      GROUP BY e.we`,
  },
  cpp_open: { unit: 'count', tally: 'SELECT we, n, n FROM plans_open' },
  cpp_rate_per_10k: { unit: 'rate', tally: 'SELECT we, n, n FROM plans_open' },
  cpp_open_2y_plus_pct: { unit: 'percent', tally: 'SELECT we, n, n_2y FROM plans_open' },
  cpp_open_15m_plus: { unit: 'count', tally: 'SELECT we, n_15m, n_15m FROM plans_open' },
  cla_open: { unit: 'count', tally: 'SELECT we, n, n FROM cla_open' },
  cla_rate_per_10k: { unit: 'rate', tally: 'SELECT we, n, n FROM cla_open' },
  // Under 16 at the end date, looked after for 2.5 years or more; hits: in the same (most
  // recent) placement for 2 years or more by then.
  cla_long_term_stability_pct: {
    unit: 'percent',
    asAtOnly: true,
    tally: `SELECT we, count(DISTINCT child), count(DISTINCT child) FILTER (
        WHERE we >= plus_months(placement_start, 24))
      FROM cla WHERE we < plus_months(birth, 192) AND we >= plus_months(s, 30)
      GROUP BY we`,
  },
  // Of children looked after at the end of a year, those with 3 or more placements in it:
  // "Number of Placements in the Last 12 months" on the extract (blank: not known, left out).
  cla_3plus_placements_pct: {
    unit: 'percent',
    kinds: ['year'],
    asAtOnly: true,
    tally: `SELECT we, count(DISTINCT child), count(DISTINCT child) FILTER (WHERE placements >= 3)
      FROM cla WHERE placements IS NOT NULL GROUP BY we`,
  },
};

/** The snapshot ids the oracle computes. */
export const SNAPSHOT_IDS = Object.keys(AT_END);

/** Plans open at each end date, with those open 2 years and 15 months or more. */
export const OPEN_TABLES = `
CREATE OR REPLACE TEMP TABLE plans_open AS
SELECT e.we, count(*) AS n,
  count(*) FILTER (WHERE e.we >= plus_months(p.s, 24)) AS n_2y,
  count(*) FILTER (WHERE e.we >= plus_months(p.s, 15)) AS n_15m
FROM ends AS e JOIN plans AS p ON p.s <= e.we AND coalesce(p.e, DATE '9999-12-31') > e.we
GROUP BY e.we;

-- Periods of care open at each end date, unless the legal status then is short breaks only.
-- (Annex A gives the current legal status and the date it started; before that date the status
-- is some earlier one, unknown here, so it does not exclude.)
CREATE OR REPLACE TEMP TABLE cla AS
SELECT e.we, c.* FROM ends AS e
JOIN care AS c ON c.s <= e.we AND coalesce(c.e, DATE '9999-12-31') > e.we
WHERE NOT (c.short AND (c.ls_start IS NULL OR c.ls_start <= e.we));
CREATE OR REPLACE TEMP TABLE cla_open AS SELECT we, count(DISTINCT child) AS n FROM cla GROUP BY we;`;

function pointsSql(id: string, spec: AtEnd, asAt: string): string {
  const { unit, tally } = spec;
  const value = {
    count: 'coalesce(t.n, 0)',
    percent: 'CASE WHEN coalesce(t.n, 0) = 0 THEN NULL ELSE 100.0 * t.h / t.n END',
    rate: 'CASE WHEN p.n > 0 THEN 10000.0 * coalesce(t.n, 0) / p.n END',
  }[unit];
  const numerator = unit === 'percent' ? 'coalesce(t.h, 0)' : 'coalesce(t.n, 0)';
  const denominator = { count: 'NULL', percent: 'coalesce(t.n, 0)', rate: 'p.n' }[unit];
  const known = (x: string) =>
    spec.asAtOnly ? `CASE WHEN w.we = DATE '${asAt}' THEN ${x} END` : x;
  const kinds = spec.kinds ? `WHERE w.kind IN (${spec.kinds.map((k) => `'${k}'`).join(', ')})` : '';
  return `SELECT '${id}' AS id, w.kind, w.period, (${known(value)})::DOUBLE AS value,
    (${known(numerator)})::DOUBLE AS numerator, (${known(denominator)})::DOUBLE AS denominator
  FROM win AS w JOIN win_pop AS p ON p.we = w.we
  LEFT JOIN (${tally}) AS t(we, n, h)
    ON t.we = w.we ${spec.asAtOnly ? `AND t.we = DATE '${asAt}'` : ''} ${kinds}`;
}

export function snapshotPointsSql(asAt: string): string {
  return Object.entries(AT_END)
    .map(([id, spec]) => pointsSql(id, spec, asAt))
    .join('\nUNION ALL\n');
}
