/**
 * SPC recalculations: a council's stated dates from which an indicator's mean and process limits
 * are worked out afresh (after a change in practice), with who stated them, when and why.
 */
import type { Kysely } from 'kysely';

type Db = Kysely<unknown>;

export async function up(db: Db): Promise<void> {
  await db.schema
    .createTable('spc_recalculation')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('la', 'text', (c) => c.notNull().references('la.code'))
    .addColumn('indicator_id', 'text', (c) => c.notNull())
    .addColumn('from_date', 'date', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('set_by', 'text', (c) => c.notNull())
    .addColumn('set_at', 'timestamptz', (c) => c.notNull())
    .addUniqueConstraint('spc_recalculation_once', ['la', 'indicator_id', 'from_date'])
    .execute();
}

export async function down(db: Db): Promise<void> {
  await db.schema.dropTable('spc_recalculation').execute();
}
