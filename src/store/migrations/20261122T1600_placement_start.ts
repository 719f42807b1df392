/** Annex A "Start Date of Most Recent Placement" (SSDA903: the latest placement's DECOM) on periods of care. */
import type { Kysely } from 'kysely';

type Db = Kysely<unknown>;

export async function up(db: Db): Promise<void> {
  await db.schema.alterTable('care_period').addColumn('placement_start', 'date').execute();
}

export async function down(db: Db): Promise<void> {
  await db.schema.alterTable('care_period').dropColumn('placement_start').execute();
}
