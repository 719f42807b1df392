/** SSDA903 episodes of care as child-level records, and each file of an upload with its hash. */
import { type Kysely, sql } from 'kysely';

type Db = Kysely<unknown>;

async function createCareEpisode(db: Db): Promise<void> {
  await db.schema
    .createTable('care_episode')
    .addColumn('la', 'text', (c) => c.notNull())
    .addColumn('child_id', 'text', (c) => c.notNull())
    .addColumn('start_date', 'date', (c) => c.notNull())
    .addColumn('end_date', 'date')
    .addColumn('reason_new', 'text')
    .addColumn('legal_status', 'text')
    .addColumn('placement', 'text')
    .addColumn('reason_ended', 'text')
    .addColumn('reason_place_change', 'text')
    .addColumn('upload_id', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('care_episode_pk', ['la', 'child_id', 'start_date'])
    .execute();
}

async function createUploadFile(db: Db): Promise<void> {
  await db.schema
    .createTable('upload_file')
    .addColumn('upload_id', 'integer', (c) =>
      c.notNull().references('upload.id').onDelete('cascade'),
    )
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('hash', 'text', (c) => c.notNull().check(sql`hash ~ '^[0-9a-f]{64}$'`))
    .addColumn('format', 'text', (c) => c.notNull())
    .addColumn('part', 'text')
    .addColumn('rows', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('upload_file_pk', ['upload_id', 'position'])
    .execute();
  await db.schema.createIndex('upload_file_hash_idx').on('upload_file').column('hash').execute();
}

export async function up(db: Db): Promise<void> {
  await createCareEpisode(db);
  await createUploadFile(db);
}

export async function down(db: Db): Promise<void> {
  await db.schema.dropTable('upload_file').execute();
  await db.schema.dropTable('care_episode').execute();
}
