/** Annex A Lists 10 (adoption, per child) and 11 (adopters, per adopter) as records. */
import type { Kysely } from 'kysely';

type Db = Kysely<unknown>;

const ADOPTION_DATES = [
  'decision_date',
  'placement_order_date',
  'matched_date',
  'placed_date',
  'adoption_order_date',
  'reversed_date',
] as const;

const ADOPTER_DATES = [
  'stage1_start',
  'stage1_end',
  'stage2_start',
  'stage2_end',
  'application_date',
  'approved_date',
  'matched_date',
  'placed_date',
] as const;

async function createAdoption(db: Db): Promise<void> {
  let table = db.schema
    .createTable('adoption')
    .addColumn('la', 'text', (c) => c.notNull())
    .addColumn('child_id', 'text', (c) => c.notNull())
    .addColumn('entered_care_date', 'date', (c) => c.notNull())
    .addColumn('family_id', 'text')
    .addColumn('disability', 'boolean');
  for (const column of ADOPTION_DATES) table = table.addColumn(column, 'date');
  await table
    .addColumn('reason_reversed', 'text')
    .addColumn('ffa_placed_date', 'date')
    .addColumn('upload_id', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('adoption_pk', ['la', 'child_id', 'entered_care_date'])
    .execute();
}

async function createAdopter(db: Db): Promise<void> {
  let table = db.schema
    .createTable('adopter')
    .addColumn('la', 'text', (c) => c.notNull())
    .addColumn('adopter_id', 'text', (c) => c.notNull())
    .addColumn('enquiry_date', 'date', (c) => c.notNull())
    .addColumn('family_id', 'text')
    .addColumn('gender', 'text')
    .addColumn('ethnicity', 'text')
    .addColumn('birth_date', 'date')
    .addColumn('disability', 'boolean')
    .addColumn('fostering_for_adoption', 'boolean');
  for (const column of ADOPTER_DATES) table = table.addColumn(column, 'date');
  await table
    .addColumn('children_placed', 'integer')
    .addColumn('adoption_order_date', 'date')
    .addColumn('left_date', 'date')
    .addColumn('reason_left', 'text')
    .addColumn('upload_id', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('adopter_pk', ['la', 'adopter_id', 'enquiry_date'])
    .execute();
}

export async function up(db: Db): Promise<void> {
  await createAdoption(db);
  await createAdopter(db);
}

export async function down(db: Db): Promise<void> {
  await db.schema.dropTable('adopter').execute();
  await db.schema.dropTable('adoption').execute();
}
