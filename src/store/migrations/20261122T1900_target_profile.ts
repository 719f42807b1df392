/**
 * Targets gain an optional monthly profile (12 shares, April to March) and may be set without a
 * tolerance (both tolerance columns null): the council's own RAG rule for the indicator then
 * applies. Table rag_rule keeps each council's rule per indicator ("amber within 5% of target"),
 * every change kept with who, when and why; a change with a null tolerance removes the rule.
 */
import { type Kysely, sql } from 'kysely';

type Db = Kysely<unknown>;

export async function up(db: Db): Promise<void> {
  await db.schema
    .alterTable('target')
    .alterColumn('tolerance', (c) => c.dropNotNull())
    .execute();
  await db.schema
    .alterTable('target')
    .alterColumn('tolerance_kind', (c) => c.dropNotNull())
    .execute();
  await db.schema.alterTable('target').addColumn('profile', 'jsonb').execute();
  await db.schema
    .alterTable('target')
    .addCheckConstraint(
      'target_tolerance_both',
      sql`(tolerance is null) = (tolerance_kind is null)`,
    )
    .execute();
  await db.schema
    .alterTable('target')
    .addCheckConstraint(
      'target_profile_12',
      sql`profile is null or (jsonb_typeof(profile) = 'array' and jsonb_array_length(profile) = 12)`,
    )
    .execute();
  await sql`comment on column target.tolerance is
    'null: none given, the council''s rag_rule for the indicator applies'`.execute(db);
  await createRagRule(db);
}

async function createRagRule(db: Db): Promise<void> {
  await db.schema
    .createTable('rag_rule')
    .addColumn('id', 'integer', (c) => c.generatedAlwaysAsIdentity().primaryKey())
    .addColumn('la', 'text', (c) => c.notNull().references('la.code'))
    .addColumn('indicator_id', 'text', (c) => c.notNull())
    .addColumn('tolerance', 'double precision', (c) => c.check(sql`tolerance >= 0`))
    .addColumn('tolerance_kind', 'text', (c) =>
      c.check(sql`tolerance_kind in ('absolute', 'relative')`),
    )
    .addColumn('set_by', 'text', (c) => c.notNull())
    .addColumn('set_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('reason', 'text', (c) => c.notNull())
    .addCheckConstraint(
      'rag_rule_tolerance_both',
      sql`(tolerance is null) = (tolerance_kind is null)`,
    )
    .execute();
  await db.schema
    .createIndex('rag_rule_latest_idx')
    .on('rag_rule')
    .columns(['la', 'indicator_id', 'id'])
    .execute();
  await sql`comment on column rag_rule.tolerance is 'null: the rule was removed'`.execute(db);
}

export async function down(db: Db): Promise<void> {
  await db.schema.dropTable('rag_rule').execute();
  await sql`update target set tolerance = 0, tolerance_kind = 'absolute' where tolerance is null`.execute(
    db,
  );
  await db.schema.alterTable('target').dropConstraint('target_profile_12').execute();
  await db.schema.alterTable('target').dropConstraint('target_tolerance_both').execute();
  await db.schema.alterTable('target').dropColumn('profile').execute();
  await db.schema
    .alterTable('target')
    .alterColumn('tolerance', (c) => c.setNotNull())
    .execute();
  await db.schema
    .alterTable('target')
    .alterColumn('tolerance_kind', (c) => c.setNotNull())
    .execute();
}
