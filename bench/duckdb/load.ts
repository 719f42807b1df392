/**
 * Loads Annex A CSV lists into DuckDB tables, one per list, typed and with duplicates merged
 * (indicators.md, "Children and records": rows sharing list, child and key date are one record,
 * the last row wins whole). Headers are the Annex A ones as the demo writes them; dates
 * dd/mm/yyyy; coded values such as "a) Yes".
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';

/** The lists the oracle reads, by their Annex A number. */
const LISTS = [1, 3, 4, 5, 7, 8, 9] as const;
type OracleList = (typeof LISTS)[number];

/** Macros for reading cells: dates, yes/no codes, whole numbers, short-break legal statuses. */
const MACROS = `
CREATE OR REPLACE MACRO dmy(x) AS CAST(strptime(trim(x), '%d/%m/%Y') AS DATE);
CREATE OR REPLACE MACRO code_words(x) AS lower(trim(regexp_replace(trim(x), '^[A-Za-z0-9]{1,3}\\)\\s*', '')));
CREATE OR REPLACE MACRO is_yes(x) AS coalesce(code_words(x) IN ('yes', 'y', 'true', '1'), false);
CREATE OR REPLACE MACRO whole(x) AS TRY_CAST(trim(x) AS INTEGER);
CREATE OR REPLACE MACRO short_break(x) AS coalesce(
  regexp_matches(x, '\\b(V3|V4)\\b') OR lower(x) LIKE '%short%break%', false);
`;

function q(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/** Keeps the last row of each (child, key date); `cols` are the typed columns to keep. */
function dedupe(list: OracleList, cols: string, key: string): string {
  return `SELECT * EXCLUDE (row_no, rn) FROM (
    SELECT *, row_number() OVER (PARTITION BY child, ${key} ORDER BY row_no DESC) AS rn
    FROM (SELECT rowid AS row_no, ${cols} FROM raw_${list}) AS typed)
  WHERE rn = 1 AND ${key} IS NOT NULL`;
}

const CHILD = `trim(${q('Child Unique ID')}) AS child`;

/** The typed table for each list: its name and the SQL selecting it from the raw rows. */
const TYPED: Record<OracleList, [string, string]> = {
  1: ['contacts', dedupe(1, `${CHILD}, dmy(${q('Date of Contact')}) AS d`, 'd')],
  3: [
    'referrals',
    dedupe(
      3,
      `${CHILD}, dmy(${q('Date of referral')}) AS d, is_yes(${q('Referral NFA?')}) AS nfa,
       whole(${q('Number of Referrals in Last 12 Months')}) AS last12`,
      'd',
    ),
  ],
  4: [
    'assessments',
    dedupe(
      4,
      `${CHILD}, dmy(${q('Continuous Assessment Start Date')}) AS s,
       dmy(${q('Continuous Assessment Date of Authorisation')}) AS a`,
      's',
    ),
  ],
  5: [
    's47',
    dedupe(
      5,
      `${CHILD}, dmy(${q('Strategy discussion initiating Section 47 Enquiry Start Date')}) AS s,
       dmy(${q('Date of Initial Child Protection Conference')}) AS icpc,
       is_yes(${q('Did the Initial Child Protection Conference Result in a Child Protection Plan')}) AS to_plan`,
      's',
    ),
  ],
  7: [
    'plans',
    dedupe(
      7,
      `${CHILD}, dmy(${q('Child Protection Plan Start Date')}) AS s,
       dmy(${q('Child Protection Plan End Date')}) AS e,
       whole(${q('Number of Previous Child Protection Plans')}) AS previous`,
      's',
    ),
  ],
  8: [
    'care',
    dedupe(
      8,
      `${CHILD}, dmy(${q('Date of Birth')}) AS birth, dmy(${q('Date Started to be Looked After')}) AS s,
       dmy(${q('Date Ceased to be Looked After')}) AS e,
       short_break(${q("Child's Legal Status")}) AS short,
       dmy(${q('Start date of current legal status')}) AS ls_start,
       whole(${q('Number of Placements in the Last 12 months')}) AS placements,
       dmy(${q('Start Date of Most Recent Placement')}) AS placement_start`,
      's',
    ),
  ],
  9: [
    'leavers',
    `SELECT * EXCLUDE (row_no, rn) FROM (
      SELECT *, row_number() OVER (PARTITION BY child ORDER BY row_no DESC) AS rn
      FROM (SELECT rowid AS row_no, ${CHILD}, dmy(${q('Date of Birth')}) AS birth,
        ${q('Activity Status')} AS activity, ${q('Suitability of Accommodation')} AS suitability,
        ${q('Type of Accommodation')} AS accommodation, ${q('LA in Touch')} AS in_touch
        FROM raw_9) AS typed)
    WHERE rn = 1`,
  ],
};

/** The CSV files of each list in a folder, told apart by "List N" in their names. */
export function annexAFiles(folder: string): Map<OracleList, string[]> {
  const out = new Map<OracleList, string[]>();
  for (const name of readdirSync(folder).sort()) {
    const m = /\bList (\d+)\b/i.exec(name);
    const list = Number(m?.[1]) as OracleList;
    if (!name.toLowerCase().endsWith('.csv') || !LISTS.includes(list)) continue;
    out.set(list, [...(out.get(list) ?? []), path.join(folder, name)]);
  }
  return out;
}

/** The list's files read as text, in file then row order (DuckDB keeps insertion order). */
function rawSql(list: OracleList, files: readonly string[]): string {
  const paths = files.map((f) => `'${f.replaceAll("'", "''")}'`).join(', ');
  return `CREATE OR REPLACE TABLE raw_${list} AS SELECT * FROM read_csv([${paths}],
    header = true, all_varchar = true, union_by_name = true)`;
}

/**
 * Reads the folder's Annex A CSVs into typed tables contacts, referrals, assessments, s47,
 * plans, care and leavers. A list with no file gives an empty table.
 */
export async function loadAnnexA(db: DuckDBConnection, folder: string): Promise<void> {
  const files = annexAFiles(folder);
  await db.run(MACROS);
  for (const list of LISTS) {
    const [table, select] = TYPED[list];
    const paths = files.get(list);
    if (!paths) {
      await db.run(`CREATE OR REPLACE TABLE ${table} AS ${emptyTable(list)}`);
      continue;
    }
    await db.run(rawSql(list, paths));
    await db.run(`CREATE OR REPLACE TABLE ${table} AS ${select}`);
    await db.run(`DROP TABLE raw_${list}`);
  }
  await db.run(internChildren());
}

/**
 * Children as whole numbers (a surrogate key, as a database designer would give them): every
 * child identifier in any list gets one, and each table's `child` becomes it.
 */
function internChildren(): string {
  const tables = LISTS.map((list) => TYPED[list][0]);
  const all = tables.map((t) => `SELECT child FROM ${t}`).join(' UNION ');
  const swaps = tables.map(
    (t) => `CREATE OR REPLACE TABLE ${t} AS
      SELECT k.id AS child, t.* EXCLUDE (child) FROM ${t} AS t JOIN kids AS k USING (child);`,
  );
  return `CREATE OR REPLACE TEMP TABLE kids AS
    SELECT child, CAST(row_number() OVER () AS INTEGER) AS id FROM (${all});
  ${swaps.join('\n')}
  DROP TABLE kids;`;
}

/** An empty typed table for a list with no file, with the same columns as a loaded one. */
function emptyTable(list: OracleList): string {
  const cols: Record<OracleList, string> = {
    1: 'NULL::VARCHAR AS child, NULL::DATE AS d',
    3: 'NULL::VARCHAR AS child, NULL::DATE AS d, NULL::BOOLEAN AS nfa, NULL::INTEGER AS last12',
    4: 'NULL::VARCHAR AS child, NULL::DATE AS s, NULL::DATE AS a',
    5: 'NULL::VARCHAR AS child, NULL::DATE AS s, NULL::DATE AS icpc, NULL::BOOLEAN AS to_plan',
    7: 'NULL::VARCHAR AS child, NULL::DATE AS s, NULL::DATE AS e, NULL::INTEGER AS previous',
    8: `NULL::VARCHAR AS child, NULL::DATE AS birth, NULL::DATE AS s, NULL::DATE AS e,
        NULL::BOOLEAN AS short, NULL::DATE AS ls_start, NULL::INTEGER AS placements,
        NULL::DATE AS placement_start`,
    9: `NULL::VARCHAR AS child, NULL::DATE AS birth, NULL::VARCHAR AS activity,
        NULL::VARCHAR AS suitability, NULL::VARCHAR AS accommodation, NULL::VARCHAR AS in_touch`,
  };
  return `SELECT ${cols[list]} WHERE false`;
}
