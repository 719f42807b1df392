/**
 * Local indicators: a council's own definitions, each change kept (who, when, why); the latest
 * row of an id is in force unless it retires the id.
 */
import { type Kysely, sql } from 'kysely';

type Db = Kysely<unknown>;

export async function up(db: Db): Promise<void> {
  await db.schema
    .createTable('local_indicator')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('la', 'text', (c) => c.notNull().references('la.code'))
    .addColumn('indicator_id', 'text', (c) => c.notNull())
    .addColumn('definition', 'jsonb')
    .addColumn('set_by', 'text', (c) => c.notNull())
    .addColumn('set_at', 'timestamptz', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('local_indicator_la_idx')
    .on('local_indicator')
    .columns(['la', 'indicator_id', 'id'])
    .execute();
  await sql`comment on column local_indicator.definition is 'null: the id was retired'`.execute(db);
}

export async function down(db: Db): Promise<void> {
  await db.schema.dropTable('local_indicator').execute();
}
