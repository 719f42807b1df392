/**
 * The oracle's working tables, built from the loaded lists: the working-day calendar, the
 * windows, the population, and each record with the facts indicators.md asks of it (a
 * re-referral, a working-day duration, an earlier plan). Written from indicators.md alone.
 */

/** A window as the oracle evaluates it: the days the data covers of it. */
export interface OracleWindow {
  kind: string;
  period: string;
  /** First and last covered day, ISO. */
  start: string;
  end: string;
}

const sqlText = (s: string) => `'${s.replaceAll("'", "''")}'`;

/**
 * Working days: Monday to Friday, not a bank holiday. `cal.wd` counts the working days up to
 * and including `d`, so the working-day duration from a to b (the working days w, a < w <= b)
 * is `wd(b) - wd(a)`.
 */
export function calendarSql(holidays: readonly string[]): string {
  const list = holidays.map((d) => `DATE '${d}'`).join(', ');
  return `
CREATE OR REPLACE TEMP TABLE hol AS SELECT unnest([${list}]::DATE[]) AS d;
CREATE OR REPLACE TEMP TABLE cal AS
SELECT d, w, CAST(sum(w) OVER (ORDER BY d) AS INTEGER) AS wd FROM (
  SELECT CAST(t.range AS DATE) AS d,
    CASE WHEN isodow(t.range) <= 5 AND CAST(t.range AS DATE) NOT IN (SELECT d FROM hol)
      THEN 1 ELSE 0 END AS w
  FROM range(TIMESTAMP '1980-01-01', TIMESTAMP '2061-01-01', INTERVAL 1 DAY) AS t);`;
}

/** The windows (covered days), their distinct end dates, and the population by mid-year. */
export function framesSql(
  windows: readonly OracleWindow[],
  population: readonly { year: number; count: number }[],
): string {
  const rows = windows
    .map((w) => `(${sqlText(w.kind)}, ${sqlText(w.period)}, DATE '${w.start}', DATE '${w.end}')`)
    .join(',\n');
  const pops = population.map((p) => `(${p.year}, ${p.count})`).join(', ');
  return `
CREATE OR REPLACE TEMP TABLE win (kind VARCHAR, period VARCHAR, ws DATE, we DATE);
${windows.length > 0 ? `INSERT INTO win VALUES ${rows};` : ''}
CREATE OR REPLACE TEMP TABLE ends AS SELECT DISTINCT we FROM win;
-- Window boundaries: every window's end and the day before its start, for running totals.
CREATE OR REPLACE TEMP TABLE bounds AS
SELECT we AS d FROM win UNION SELECT ws - 1 FROM win;
CREATE OR REPLACE TEMP TABLE pop (year INTEGER, n DOUBLE);
${population.length > 0 ? `INSERT INTO pop VALUES ${pops};` : ''}
-- The estimate for a window: mid-(Y-1) for a window ending in financial year Y-1..Y.
CREATE OR REPLACE TEMP TABLE win_pop AS
SELECT w.we, p.n FROM (SELECT DISTINCT we FROM win) AS w
LEFT JOIN pop AS p ON p.year = CASE WHEN month(w.we) >= 4 THEN year(w.we) ELSE year(w.we) - 1 END;`;
}

/** Each record with what the indicators ask of it. */
export const RECORD_FACTS = `
CREATE OR REPLACE MACRO plus_months(d, n) AS CAST(d + to_months(CAST(n AS INTEGER)) AS DATE);

-- A re-referral: the child's previous referral is on or after the date 12 months before this
-- one (the latest earlier referral decides), or the list says earlier referrals in 12 months.
CREATE OR REPLACE TEMP TABLE ref_x AS
SELECT child, d, nfa,
  coalesce(last12 > 0, false)
  OR coalesce(lag(d) OVER (PARTITION BY child ORDER BY d) >= plus_months(d, -12), false)
    AS rerefer
FROM referrals;

-- An assessment's working-day duration, and the day it passes 45 working days open (its 46th
-- working day: from then on, while not authorised, it is open over 45 working days).
CREATE OR REPLACE TEMP TABLE asmt_x AS
SELECT x.child, x.s, x.a, cb.wd - ca.wd AS wd, c46.d AS over_45_from
FROM assessments AS x JOIN cal AS ca ON ca.d = x.s LEFT JOIN cal AS cb ON cb.d = x.a
LEFT JOIN cal AS c46 ON c46.wd = ca.wd + 46 AND c46.w = 1;

CREATE OR REPLACE TEMP TABLE s47_x AS
SELECT x.child, x.s, x.icpc, x.to_plan, cb.wd - ca.wd AS wd
FROM s47 AS x JOIN cal AS ca ON ca.d = x.s LEFT JOIN cal AS cb ON cb.d = x.icpc;

-- A conference is a child and a date: enquiries of one child recording the same ICPC date are
-- one conference, held within 15 working days of its enquiry's start when one of them started
-- on or before it and 15 working days or less before it (a conference dated before its
-- enquiry is not in time, even 0 working days before), resulting in a plan when one says so.
CREATE OR REPLACE TEMP TABLE conf AS
SELECT child, icpc AS d, bool_or(icpc >= s AND wd <= 15) AS within, bool_or(to_plan) AS to_plan
FROM s47_x WHERE icpc IS NOT NULL GROUP BY child, icpc;

-- An earlier plan: another plan of the child starting before this one, or a previous-plans
-- count above 0. Within 2 years: another plan that ended on or after the date 2 years before
-- this one started, and not after it started.
CREATE OR REPLACE TEMP TABLE plans_x AS
SELECT x.child, x.s, x.e,
  coalesce(x.previous > 0, false)
  OR lag(x.s) OVER (PARTITION BY x.child ORDER BY x.s) IS NOT NULL AS earlier,
  EXISTS (SELECT 1 FROM plans AS o WHERE o.child = x.child AND o.s <> x.s AND o.e IS NOT NULL
    AND o.e <= x.s AND o.e >= plus_months(x.s, -24)) AS repeat_2y
FROM plans AS x;

-- Care leavers: in education, employment or training when the activity code is full or part
-- time (F or P, then a digit); suitable accommodation when the list says so or an SSDA903
-- accommodation code ends in 1. Not known (blank, "0)") stays in the base. Those who have died
-- or returned home ("LA in Touch": DIED, RHOM, or those words) are not care leavers counted.
CREATE OR REPLACE TEMP TABLE leavers_x AS
SELECT child, birth,
  coalesce(regexp_matches(trim(activity), '^[FPfp][0-9]'), false) AS eet,
  coalesce(code_words(suitability) = 'suitable'
    OR regexp_matches(trim(accommodation), '^[A-Za-z]1$'), false) AS suitable
FROM leavers
WHERE coalesce(code_words(in_touch) IN ('died', 'death', 'young person has died', 'rhom',
  'returned home', 'young person has returned home'), false) = false;
`;
