/** Supplied values: figures a council gives for indicators with no child-level source. */
import { type Kysely, sql } from 'kysely';

type Db = Kysely<unknown>;

export async function up(db: Db): Promise<void> {
  await db.schema
    .createTable('supplied_value')
    .addColumn('la', 'text', (c) => c.notNull().references('la.code'))
    .addColumn('indicator_id', 'text', (c) => c.notNull())
    .addColumn('window', 'text', (c) =>
      c.notNull().check(sql`"window" in ('month', 'quarter', 'year', 'ytd', 'r12')`),
    )
    .addColumn('period', 'text', (c) => c.notNull())
    .addColumn('start_date', 'date', (c) => c.notNull())
    .addColumn('end_date', 'date', (c) => c.notNull())
    .addColumn('value', 'double precision')
    .addColumn('numerator', 'double precision')
    .addColumn('denominator', 'double precision')
    .addColumn('base', 'double precision')
    .addColumn('ci_lower', 'double precision')
    .addColumn('ci_upper', 'double precision')
    .addColumn('note', 'text')
    .addColumn('upload_id', 'integer', (c) => c.notNull().references('upload.id'))
    .addPrimaryKeyConstraint('supplied_value_pk', ['la', 'indicator_id', 'window', 'period'])
    .addCheckConstraint('supplied_value_ci_check', sql`(ci_lower is null) = (ci_upper is null)`)
    .execute();
}

export async function down(db: Db): Promise<void> {
  await db.schema.dropTable('supplied_value').execute();
}
