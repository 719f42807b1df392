/**
 * Flow indicators in SQL: events dated in the window. Each indicator is its events with a
 * hit flag (a count's events all hit); counted per day, then summed over each window.
 */

function birthdays(ages: readonly number[], hit: 'eet' | 'suitable'): string {
  const rows = ages.map((a) => `(${a})`).join(', ');
  return `SELECT plus_months(l.birth, 12 * a.age), l.${hit} FROM leavers_x AS l
    CROSS JOIN (VALUES ${rows}) AS a(age) WHERE l.birth IS NOT NULL`;
}

/**
 * Of `base` records (date column `at`), those whose child has a `later` record dated (`on`) 0
 * to 30 days after, as daily tallies (a semi join: does any such record exist).
 */
function followedWithin30(base: string, at: string, later: string, on: string): string {
  return `SELECT d, sum(n), sum(h) FROM (
      SELECT ${at} AS d, count(*) AS n, 0 AS h FROM ${base} GROUP BY ${at}
      UNION ALL
      SELECT b.${at}, 0, count(*) FROM ${base} AS b SEMI JOIN ${later} AS l
        ON l.child = b.child AND l.${on} BETWEEN b.${at} AND b.${at} + 30
      GROUP BY b.${at}) AS t
    GROUP BY d`;
}

interface FlowSpec {
  unit: 'count' | 'percent';
  /** `SELECT date, hit`: the base is every row, hits those where `hit` holds. */
  events?: string;
  /** Or the tallies per day directly: `SELECT date, base, hits`. */
  daily?: string;
}

/** Flow ids and their events. */
export const FLOW_EVENTS: Record<string, FlowSpec> = {
  contacts: { unit: 'count', events: 'SELECT d, true FROM contacts' },
  referrals: { unit: 'count', events: 'SELECT d, true FROM referrals' },
  rereferrals_12m_pct: { unit: 'percent', events: 'SELECT d, rerefer FROM ref_x' },
  referrals_nfa_pct: { unit: 'percent', events: 'SELECT d, nfa FROM ref_x' },
  assessments_completed: {
    unit: 'count',
    events: 'SELECT a, true FROM asmt_x WHERE a IS NOT NULL',
  },
  assessments_within_45wd_pct: {
    unit: 'percent',
    events: 'SELECT a, a >= s AND wd <= 45 FROM asmt_x WHERE a IS NOT NULL',
  },
  s47_enquiries: { unit: 'count', events: 'SELECT s, true FROM s47_x' },
  icpcs: { unit: 'count', events: 'SELECT d, true FROM conf' },
  icpc_within_15wd_pct: { unit: 'percent', events: 'SELECT d, within FROM conf' },
  icpc_to_cpp_pct: { unit: 'percent', events: 'SELECT d, to_plan FROM conf' },
  cpp_starts: { unit: 'count', events: 'SELECT s, true FROM plans_x' },
  cpp_ends: { unit: 'count', events: 'SELECT e, true FROM plans_x WHERE e IS NOT NULL' },
  cpp_repeat_pct: { unit: 'percent', events: 'SELECT s, earlier FROM plans_x' },
  cpp_repeat_2y_pct: { unit: 'percent', events: 'SELECT s, repeat_2y FROM plans_x' },
  cpp_ended_2y_plus_pct: {
    unit: 'percent',
    events: 'SELECT e, e >= plus_months(s, 24) FROM plans_x WHERE e IS NOT NULL',
  },
  // Funnel: of contacts, those whose child has a referral 0-30 days after the contact; of
  // referrals, those whose child has an assessment starting 0-30 days after.
  contacts_to_referral_pct: {
    unit: 'percent',
    daily: followedWithin30('contacts', 'd', 'referrals', 'd'),
  },
  referrals_to_assessment_pct: {
    unit: 'percent',
    daily: followedWithin30('referrals', 'd', 'assessments', 's'),
  },
  s47_to_icpc_pct: { unit: 'percent', events: 'SELECT s, icpc IS NOT NULL FROM s47_x' },
  // Care leavers: a cohort by birthday (DfE: those whose 17th or 18th, or 19th to 21st,
  // birthday falls in the window), with their activity and accommodation from the extract.
  care_leavers_eet_17_18_pct: { unit: 'percent', events: birthdays([17, 18], 'eet') },
  care_leavers_eet_19_21_pct: { unit: 'percent', events: birthdays([19, 20, 21], 'eet') },
  care_leavers_suitable_accom_17_18_pct: {
    unit: 'percent',
    events: birthdays([17, 18], 'suitable'),
  },
  care_leavers_suitable_accom_19_21_pct: {
    unit: 'percent',
    events: birthdays([19, 20, 21], 'suitable'),
  },
};

function dailySql(id: string): string {
  const spec = FLOW_EVENTS[id];
  if (spec?.daily) return spec.daily;
  return `SELECT d, count(*), count(*) FILTER (WHERE hit) FROM (${spec?.events}) AS ev(d, hit)
    WHERE d IS NOT NULL GROUP BY d`;
}

/**
 * Every flow id's base and hits per window: events counted per day, then into the first window
 * boundary on or after them (`bounds`: every window's end and the day before its start), then
 * running totals over the boundaries, so a window is the total at its end less the total the
 * day before its start.
 */
export function flowTallySql(ids: readonly string[]): string {
  const daily = ids.map((id) => `SELECT '${id}' AS id, * FROM (${dailySql(id)}) AS t(d, n, h)`);
  return `
CREATE OR REPLACE TEMP TABLE flow_daily AS ${daily.join('\nUNION ALL ')};
CREATE OR REPLACE TEMP TABLE flow_bucket AS
SELECT f.id, b.d, sum(f.n) AS n, sum(f.h) AS h
FROM flow_daily AS f ASOF JOIN bounds AS b ON b.d >= f.d GROUP BY ALL;
CREATE OR REPLACE TEMP TABLE flow_cum AS
SELECT i.id, b.d,
  sum(coalesce(f.n, 0)) OVER (PARTITION BY i.id ORDER BY b.d) AS n,
  sum(coalesce(f.h, 0)) OVER (PARTITION BY i.id ORDER BY b.d) AS h
FROM (VALUES ${ids.map((id) => `('${id}')`).join(', ')}) AS i(id) CROSS JOIN bounds AS b
LEFT JOIN flow_bucket AS f ON f.id = i.id AND f.d = b.d;
CREATE OR REPLACE TEMP TABLE flow_tally AS
SELECT hi.id, w.kind, w.period, hi.n - lo.n AS n, hi.h - lo.h AS h
FROM win AS w JOIN flow_cum AS hi ON hi.d = w.we
JOIN flow_cum AS lo ON lo.id = hi.id AND lo.d = w.ws - 1;`;
}

/** Points of the flow ids: counts (numerator = count) and percentages of their base. */
export function flowPointsSql(ids: readonly string[]): string {
  const units = ids.map((id) => `('${id}', '${FLOW_EVENTS[id]?.unit}')`).join(', ');
  return `
SELECT i.id, w.kind, w.period,
  CASE WHEN i.unit = 'count' THEN coalesce(t.n, 0)
    WHEN coalesce(t.n, 0) = 0 THEN NULL ELSE 100.0 * t.h / t.n END::DOUBLE AS value,
  CASE WHEN i.unit = 'count' THEN coalesce(t.n, 0) ELSE coalesce(t.h, 0) END::DOUBLE AS numerator,
  CASE WHEN i.unit = 'count' THEN NULL ELSE coalesce(t.n, 0) END::DOUBLE AS denominator
FROM (VALUES ${units}) AS i(id, unit) CROSS JOIN win AS w
LEFT JOIN flow_tally AS t ON t.id = i.id AND t.kind = w.kind AND t.period = w.period`;
}

/** Referrals per 10,000 children, for year and rolling 12-month windows only. */
export const REFERRAL_RATE = `
SELECT 'referral_rate_per_10k' AS id, w.kind, w.period,
  (CASE WHEN p.n > 0 THEN 10000.0 * coalesce(t.n, 0) / p.n END)::DOUBLE AS value,
  coalesce(t.n, 0)::DOUBLE AS numerator, p.n::DOUBLE AS denominator
FROM win AS w JOIN win_pop AS p ON p.we = w.we
LEFT JOIN flow_tally AS t ON t.id = 'referrals' AND t.kind = w.kind AND t.period = w.period
WHERE w.kind IN ('year', 'r12')`;

/**
 * The median working-day duration of the assessments authorised in the window: per duration,
 * running totals over the boundaries as for flows give each window's count of every duration;
 * the median is the mean of the k-th smallest for k = floor((n + 1) / 2) and floor(n / 2) + 1.
 */
export const MEDIAN_TABLES = `
CREATE OR REPLACE TEMP TABLE med_bucket AS
SELECT b.d, x.wd, count(*) AS n
FROM asmt_x AS x ASOF JOIN bounds AS b ON b.d >= x.a WHERE x.a IS NOT NULL GROUP BY ALL;
CREATE OR REPLACE TEMP TABLE med_cum AS
SELECT v.wd, b.d, sum(coalesce(m.n, 0)) OVER (PARTITION BY v.wd ORDER BY b.d) AS n
FROM (SELECT DISTINCT wd FROM med_bucket) AS v CROSS JOIN bounds AS b
LEFT JOIN med_bucket AS m ON m.wd = v.wd AND m.d = b.d;
CREATE OR REPLACE TEMP TABLE med_win AS
SELECT w.kind, w.period, hi.wd, hi.n - lo.n AS n,
  sum(hi.n - lo.n) OVER (PARTITION BY w.kind, w.period ORDER BY hi.wd) AS upto,
  sum(hi.n - lo.n) OVER (PARTITION BY w.kind, w.period) AS total
FROM win AS w JOIN med_cum AS hi ON hi.d = w.we
JOIN med_cum AS lo ON lo.wd = hi.wd AND lo.d = w.ws - 1;`;

export const ASSESSMENT_MEDIAN = `
SELECT 'assessment_median_wd' AS id, w.kind, w.period,
  ((min(m.wd) FILTER (WHERE m.upto >= (m.total + 1) // 2)
    + min(m.wd) FILTER (WHERE m.upto >= m.total // 2 + 1)) / 2.0)::DOUBLE AS value,
  NULL::DOUBLE AS numerator, coalesce(max(m.total), 0)::DOUBLE AS denominator
FROM win AS w LEFT JOIN med_win AS m ON m.kind = w.kind AND m.period = w.period AND m.total > 0
GROUP BY ALL`;

/**
 * Distinct children starting (ending) a period of care in the window, short breaks excluded:
 * each child counted once, at its first start (end) in the window — the one whose previous
 * start (end) is before the window or absent. A short-breaks-only (V3, V4) period counts from
 * its start until its current legal status started (`ls_start`, when after the start): it ends
 * that day, or at its own end if sooner, and is left out when that status held from its start.
 */
function distinctChildren(id: string, at: 's' | 'e'): string {
  return `SELECT '${id}' AS id, w.kind, w.period,
  count(c.child) FILTER (WHERE c.prev IS NULL OR c.prev < w.ws)::DOUBLE AS value,
  count(c.child) FILTER (WHERE c.prev IS NULL OR c.prev < w.ws)::DOUBLE AS numerator,
  NULL::DOUBLE AS denominator
FROM win AS w LEFT JOIN (
  SELECT child, ${at} AS d, lag(${at}) OVER (PARTITION BY child ORDER BY ${at}) AS prev
  FROM (SELECT child, s, CASE WHEN short THEN least(e, ls_start) ELSE e END AS e FROM care
    WHERE NOT (short AND (ls_start IS NULL OR ls_start <= s))) AS looked_after
  WHERE ${at} IS NOT NULL
) AS c ON c.d BETWEEN w.ws AND w.we
GROUP BY ALL`;
}

export const CARE_FLOWS = `${distinctChildren('cla_starts', 's')}
UNION ALL
${distinctChildren('cla_ceased', 'e')}`;
