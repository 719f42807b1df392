/**
 * Commentary: notes on an indicator's figure for one period, or (period null) on its whole
 * series, written by someone at a time, kept as a draft until published to members.
 */
import { type Kysely, sql } from 'kysely';

type Db = Kysely<unknown>;

export async function up(db: Db): Promise<void> {
  await db.schema
    .createTable('commentary')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('la', 'text', (c) => c.notNull().references('la.code'))
    .addColumn('indicator_id', 'text', (c) => c.notNull())
    .addColumn('period', 'text')
    .addColumn('text', 'text', (c) => c.notNull().check(sql`length(trim(text)) > 0`))
    .addColumn('author', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('status', 'text', (c) =>
      c.notNull().defaultTo('draft').check(sql`status in ('draft', 'published')`),
    )
    .execute();
  await db.schema
    .createIndex('commentary_la_idx')
    .on('commentary')
    .columns(['la', 'indicator_id', 'created_at'])
    .execute();
  await sql`comment on column commentary.period is 'null: a note on the whole series'`.execute(db);
}

export async function down(db: Db): Promise<void> {
  await db.schema.dropTable('commentary').execute();
}
