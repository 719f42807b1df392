/**
 * Snapshot indicators in SQL: the state on each window's (covered) end date. A record is open
 * at d when its start <= d and its end is blank or after d.
 */

interface AtEnd {
  unit: 'count' | 'percent' | 'rate';
  /**
   * `SELECT we, n, h`: base n and hits h at each end date `we`; with `asAtOnly`, `SELECT we, n,
   * h, u`: n and h over the children whose figure the extract tells, u the others in the base.
   */
  tally: string;
  /** Only these window kinds (all when absent). */
  kinds?: readonly string[];
  /**
   * Known only on the extract's date: Annex A holds a child's current placement and its
   * placements in the last 12 months as at the extract, so at earlier dates every child in the
   * base is unknown, and left out. When the base has children but none is known, the figure is
   * not known (value, numerator and denominator null); with nobody in it, it is no cases (0/0).
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
  // Under 16 at the end date (a blank date of birth: maybe), looked after for 2.5 years or
  // more; known when the date of birth is and the (most recent) placement had started by then;
  // hits: in that placement for 2 years or more.
  cla_long_term_stability_pct: {
    unit: 'percent',
    asAtOnly: true,
    tally: `SELECT we, count(DISTINCT child) FILTER (WHERE known),
        count(DISTINCT child) FILTER (WHERE known AND we >= plus_months(placement_start, 24)),
        count(DISTINCT child) FILTER (WHERE NOT known)
      FROM (SELECT *, coalesce(birth IS NOT NULL AND placement_start <= we, false) AS known
        FROM cla WHERE coalesce(we < plus_months(birth, 192), true) AND we >= plus_months(s, 30))
      GROUP BY we`,
  },
  // Of children looked after at the end of a year, those with 3 or more placements in it:
  // "Number of Placements in the Last 12 months" on the extract (blank: not known, left out).
  cla_3plus_placements_pct: {
    unit: 'percent',
    kinds: ['year'],
    asAtOnly: true,
    tally: `SELECT we, count(DISTINCT child) FILTER (WHERE placements IS NOT NULL),
        count(DISTINCT child) FILTER (WHERE placements >= 3),
        count(DISTINCT child) FILTER (WHERE placements IS NULL)
      FROM cla GROUP BY we`,
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

/**
 * A percentage known only on the as-at date, from `t(we, n, h, u)`: before it every child in
 * the base (n + u) is unknown.
 */
function asAtOnlyTally(tally: string, asAt: string): string {
  return `SELECT we,
    CASE WHEN we = DATE '${asAt}' THEN n ELSE 0 END,
    CASE WHEN we = DATE '${asAt}' THEN h ELSE 0 END,
    CASE WHEN we = DATE '${asAt}' THEN u ELSE n + u END
  FROM (${tally}) AS t0(we, n, h, u)`;
}

function pointsSql(id: string, spec: AtEnd, asAt: string): string {
  const { unit } = spec;
  const value = {
    count: 'coalesce(t.n, 0)',
    percent: 'CASE WHEN coalesce(t.n, 0) = 0 THEN NULL ELSE 100.0 * t.h / t.n END',
    rate: 'CASE WHEN p.n > 0 THEN 10000.0 * coalesce(t.n, 0) / p.n END',
  }[unit];
  const numerator = unit === 'percent' ? 'coalesce(t.h, 0)' : 'coalesce(t.n, 0)';
  const denominator = { count: 'NULL', percent: 'coalesce(t.n, 0)', rate: 'p.n' }[unit];
  const known = (x: string) =>
    spec.asAtOnly
      ? `CASE WHEN coalesce(t.n, 0) = 0 AND coalesce(t.u, 0) > 0 THEN NULL ELSE ${x} END`
      : x;
  const kinds = spec.kinds ? `WHERE w.kind IN (${spec.kinds.map((k) => `'${k}'`).join(', ')})` : '';
  const tally = spec.asAtOnly
    ? `(${asAtOnlyTally(spec.tally, asAt)}) AS t(we, n, h, u)`
    : `(${spec.tally}) AS t(we, n, h)`;
  return `SELECT '${id}' AS id, w.kind, w.period, (${known(value)})::DOUBLE AS value,
    (${known(numerator)})::DOUBLE AS numerator, (${known(denominator)})::DOUBLE AS denominator
  FROM win AS w JOIN win_pop AS p ON p.we = w.we
  LEFT JOIN ${tally} ON t.we = w.we ${kinds}`;
}

export function snapshotPointsSql(asAt: string): string {
  return Object.entries(AT_END)
    .map(([id, spec]) => pointsSql(id, spec, asAt))
    .join('\nUNION ALL\n');
}
