/**
 * A series point keeps the value it had when first stored whole, and when: a later computation
 * that changes the figure shows it as revised ([r]) against what was first reported. Points
 * stored before this migration count as first reported when they were computed.
 */
import { type Kysely, sql } from 'kysely';

type Db = Kysely<unknown>;

export async function up(db: Db): Promise<void> {
  await db.schema
    .alterTable('series_point')
    .addColumn('first_value', 'double precision')
    .addColumn('first_reported_at', 'timestamptz')
    .execute();
  await sql`update series_point set first_value = value, first_reported_at = computed_at
    where not partial`.execute(db);
  await sql`comment on column series_point.first_reported_at is
    'null: never stored whole; first_value is then null too'`.execute(db);
}

export async function down(db: Db): Promise<void> {
  await db.schema
    .alterTable('series_point')
    .dropColumn('first_value')
    .dropColumn('first_reported_at')
    .execute();
}
