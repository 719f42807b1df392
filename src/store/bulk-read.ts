/**
 * Reading a council's child-level rows in pages, each page one JSON text built by the database:
 * one field to decode instead of one per cell, which is most of the cost of a large read.
 */
import { type RawBuilder, sql } from 'kysely';
import { type RowTable, stageName } from './bulk-merge.ts';
import type { Database } from './tables.ts';

/** Rows per page: a few megabytes of JSON. */
const PAGE_ROWS = 50_000;

function ids(columns: readonly string[], prefix?: string): RawBuilder<unknown> {
  return sql.join(columns.map((c) => (prefix ? sql.ref(`${prefix}.${c}`) : sql.id(c))));
}

/** `and (la, k1, k2) > (la, v1, v2)`: the page after the last row read, by the primary key. */
function after<R>(table: RowTable<R>, la: string, last: readonly unknown[] | undefined) {
  if (!last) return sql``;
  const keys = table.key.map((c, i) => sql`${last[i]}::${sql.raw(table.types[c])}`);
  return sql`and (la, ${ids(table.key)}) > (${la}::text, ${sql.join(keys)})`;
}

/** `and not exists (..)`: rows whose key is not in the table's staged rows. */
function notStaged<R>(table: RowTable<R>) {
  const match = table.key.map((c) => sql`s.${sql.id(c)} = t.${sql.id(c)}`);
  return sql`and not exists (select from ${sql.table(stageName(table))} as s where ${sql.join(match, sql` and `)})`;
}

async function page<R>(
  db: Database,
  table: RowTable<R>,
  la: string,
  last: readonly unknown[] | undefined,
  unstaged: boolean,
) {
  const columns = Object.keys(table.types);
  const { rows } = await sql<{ page: string | null }>`
    select json_agg(json_build_array(${ids(columns, 'p')}) order by ${ids(table.key, 'p')})::text as page
    from (
      select ${ids(columns)} from ${sql.table(table.table)} as t
      where la = ${la} ${after(table, la, last)} ${unstaged ? notStaged(table) : sql``}
      order by la, ${ids(table.key)} limit ${PAGE_ROWS}
    ) as p`.execute(db);
  const parsed: unknown[][] = JSON.parse(rows[0]?.page ?? '[]');
  return parsed;
}

/** The values of one row as the object of its columns (DATE columns come as `yyyy-mm-dd`). */
function toRow<R>(columns: readonly string[], values: readonly unknown[]): R {
  const row: Record<string, unknown> = {};
  for (let i = 0; i < columns.length; i++) row[columns[i] ?? ''] = values[i];
  return row as R;
}

/**
 * Every row of the council in `table`, in key order; with `unstaged`, only those whose key is
 * not among the rows a merge staged in this transaction (the rows it left untouched).
 */
export async function readRows<R>(
  db: Database,
  table: RowTable<R>,
  la: string,
  unstaged = false,
): Promise<R[]> {
  const columns = Object.keys(table.types);
  const keyIndexes = table.key.map((c) => columns.indexOf(c));
  const out: R[] = [];
  let last: unknown[] | undefined;
  for (;;) {
    const values = await page(db, table, la, last, unstaged);
    for (const v of values) out.push(toRow<R>(columns, v));
    const final = values[values.length - 1];
    if (values.length < PAGE_ROWS || !final) return out;
    last = keyIndexes.map((i) => final[i]);
  }
}
