/**
 * Flow indicators in SQL: events dated in the window. Each indicator is its events with a
 * hit flag (a count's events all hit); counted per day, then summed over each window.
 */

/** Flow ids and their events: `SELECT date, hit` (the base is every row; hits are `hit`). */
export const FLOW_EVENTS: Record<string, { unit: 'count' | 'percent'; events: string }> = {
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
    events: 'SELECT a, wd <= 45 FROM asmt_x WHERE a IS NOT NULL',
  },
  s47_enquiries: { unit: 'count', events: 'SELECT s, true FROM s47_x' },
  icpcs: { unit: 'count', events: 'SELECT icpc, true FROM s47_x WHERE icpc IS NOT NULL' },
  icpc_within_15wd_pct: {
    unit: 'percent',
    events: 'SELECT icpc, wd <= 15 FROM s47_x WHERE icpc IS NOT NULL',
  },
  icpc_to_cpp_pct: {
    unit: 'percent',
    events: 'SELECT icpc, to_plan FROM s47_x WHERE icpc IS NOT NULL',
  },
  cpp_starts: { unit: 'count', events: 'SELECT s, true FROM plans_x' },
  cpp_ends: { unit: 'count', events: 'SELECT e, true FROM plans_x WHERE e IS NOT NULL' },
  cpp_repeat_pct: { unit: 'percent', events: 'SELECT s, earlier FROM plans_x' },
  cpp_repeat_2y_pct: { unit: 'percent', events: 'SELECT s, repeat_2y FROM plans_x' },
  cpp_ended_2y_plus_pct: {
    unit: 'percent',
    events: 'SELECT e, e >= plus_months(s, 24) FROM plans_x WHERE e IS NOT NULL',
  },
  // Funnel: of contacts, those whose child has a referral 0-30 days after the contact.
  contacts_to_referral_pct: {
    unit: 'percent',
    events: `SELECT c.d, EXISTS (SELECT 1 FROM referrals AS r
      WHERE r.child = c.child AND r.d >= c.d AND r.d <= c.d + 30) FROM contacts AS c`,
  },
  referrals_to_assessment_pct: {
    unit: 'percent',
    events: `SELECT r.d, EXISTS (SELECT 1 FROM assessments AS x
      WHERE x.child = r.child AND x.s >= r.d AND x.s <= r.d + 30) FROM referrals AS r`,
  },
  s47_to_icpc_pct: { unit: 'percent', events: 'SELECT s, icpc IS NOT NULL FROM s47_x' },
};

/** Every flow id's base and hits per window (absent where the window holds no event). */
export function flowTallySql(ids: readonly string[]): string {
  const events = ids
    .map((id) => `SELECT '${id}' AS id, * FROM (${FLOW_EVENTS[id]?.events}) AS ev(d, hit)`)
    .join('\nUNION ALL ');
  return `
CREATE OR REPLACE TEMP TABLE flow_daily AS
SELECT id, d, count(*) AS n, count(*) FILTER (WHERE hit) AS h FROM (${events}) AS ev
WHERE d IS NOT NULL GROUP BY id, d;
CREATE OR REPLACE TEMP TABLE flow_tally AS
SELECT f.id, w.kind, w.period, sum(f.n) AS n, sum(f.h) AS h
FROM flow_daily AS f JOIN win AS w ON f.d BETWEEN w.ws AND w.we GROUP BY ALL;`;
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

/** The median working-day duration of the assessments authorised in the window. */
export const ASSESSMENT_MEDIAN = `
SELECT 'assessment_median_wd' AS id, w.kind, w.period,
  median(x.wd)::DOUBLE AS value, NULL::DOUBLE AS numerator, count(x.wd)::DOUBLE AS denominator
FROM win AS w LEFT JOIN asmt_x AS x ON x.a BETWEEN w.ws AND w.we
GROUP BY ALL`;

/** Distinct children starting or ending a period of care in the window, short breaks excluded. */
export const CARE_FLOWS = `
SELECT 'cla_starts' AS id, w.kind, w.period, count(DISTINCT c.child)::DOUBLE AS value,
  count(DISTINCT c.child)::DOUBLE AS numerator, NULL::DOUBLE AS denominator
FROM win AS w LEFT JOIN care AS c ON c.s BETWEEN w.ws AND w.we
  AND NOT (c.short AND (c.ls_start IS NULL OR c.ls_start <= c.s))
GROUP BY ALL
UNION ALL
SELECT 'cla_ceased' AS id, w.kind, w.period, count(DISTINCT c.child)::DOUBLE AS value,
  count(DISTINCT c.child)::DOUBLE AS numerator, NULL::DOUBLE AS denominator
FROM win AS w LEFT JOIN care AS c ON c.e BETWEEN w.ws AND w.we
  AND NOT (c.short AND (c.ls_start IS NULL OR c.ls_start <= c.e))
GROUP BY ALL`;
