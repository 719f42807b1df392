/** Annex A Lists 2 (early help), 6 (children in need) and 9 (care leavers) as records. */
import type { Kysely } from 'kysely';

type Db = Kysely<unknown>;

async function createEarlyHelp(db: Db): Promise<void> {
  await db.schema
    .createTable('early_help')
    .addColumn('la', 'text', (c) => c.notNull())
    .addColumn('child_id', 'text', (c) => c.notNull())
    .addColumn('start_date', 'date', (c) => c.notNull())
    .addColumn('completed_date', 'date')
    .addColumn('organisation', 'text')
    .addColumn('upload_id', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('early_help_pk', ['la', 'child_id', 'start_date'])
    .execute();
}

async function createCinEpisode(db: Db): Promise<void> {
  await db.schema
    .createTable('cin_episode')
    .addColumn('la', 'text', (c) => c.notNull())
    .addColumn('child_id', 'text', (c) => c.notNull())
    .addColumn('start_date', 'date', (c) => c.notNull())
    .addColumn('end_date', 'date')
    .addColumn('primary_need', 'text')
    .addColumn('reason_closed', 'text')
    .addColumn('last_seen', 'date')
    .addColumn('disability', 'boolean')
    .addColumn('upload_id', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('cin_episode_pk', ['la', 'child_id', 'start_date'])
    .execute();
}

async function createCareLeaver(db: Db): Promise<void> {
  await db.schema
    .createTable('care_leaver')
    .addColumn('la', 'text', (c) => c.notNull())
    .addColumn('child_id', 'text', (c) => c.notNull())
    .addColumn('birth_date', 'date')
    .addColumn('eligibility', 'text')
    .addColumn('in_touch', 'text')
    .addColumn('latest_contact', 'date')
    .addColumn('accommodation', 'text')
    .addColumn('accommodation_suitable', 'boolean')
    .addColumn('activity', 'text')
    .addColumn('pathway_plan_review', 'date')
    .addColumn('uasc', 'boolean')
    .addColumn('upload_id', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('care_leaver_pk', ['la', 'child_id'])
    .execute();
}

export async function up(db: Db): Promise<void> {
  await createEarlyHelp(db);
  await createCinEpisode(db);
  await createCareLeaver(db);
}

export async function down(db: Db): Promise<void> {
  await db.schema.dropTable('care_leaver').execute();
  await db.schema.dropTable('cin_episode').execute();
  await db.schema.dropTable('early_help').execute();
}
