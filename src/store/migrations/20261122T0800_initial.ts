/** The first cut of the schema: councils, uploads, child-level records, series, targets. */
import { type CreateTableBuilder, type Kysely, sql } from 'kysely';

type Db = Kysely<unknown>;
type Table = CreateTableBuilder<string, string>;
type ColumnType = 'text' | 'date' | 'boolean' | 'integer';

/** Child-level tables: name, key date column (none for `child`), and the other columns. */
const RECORD_TABLES: readonly [string, string | null, readonly [string, ColumnType][]][] = [
  [
    'child',
    null,
    [
      ['gender', 'text'],
      ['ethnicity', 'text'],
      ['birth_date', 'date'],
    ],
  ],
  ['contact', 'contact_date', [['source', 'text']]],
  [
    'referral',
    'referral_date',
    [
      ['source', 'text'],
      ['nfa', 'boolean'],
      ['referrals_last_12m', 'integer'],
    ],
  ],
  [
    'assessment',
    'start_date',
    [
      ['authorised_date', 'date'],
      ['child_seen', 'boolean'],
      ['needs_support', 'boolean'],
    ],
  ],
  [
    's47',
    'start_date',
    [
      ['icpc_not_required', 'boolean'],
      ['icpc_date', 'date'],
      ['icpc_resulted_in_plan', 'boolean'],
    ],
  ],
  [
    'cp_plan',
    'start_date',
    [
      ['end_date', 'date'],
      ['initial_category', 'text'],
      ['latest_category', 'text'],
      ['previous_plans', 'integer'],
    ],
  ],
  [
    'care_period',
    'start_date',
    [
      ['end_date', 'date'],
      ['legal_status', 'text'],
      ['legal_status_start', 'date'],
      ['placements_last_12m', 'integer'],
      ['placement_type', 'text'],
      ['reason_ceased', 'text'],
    ],
  ],
];

const DROP_ORDER = [
  'audit_event',
  'population',
  'target',
  'series_point',
  ...RECORD_TABLES.map(([name]) => name).reverse(),
  'upload',
  'la',
];

function laColumn(table: Table): Table {
  return table.addColumn('la', 'text', (c) => c.notNull().references('la.code'));
}

async function createLa(db: Db): Promise<void> {
  await db.schema
    .createTable('la')
    .addColumn('code', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .execute();
}

async function createUpload(db: Db): Promise<void> {
  await laColumn(
    db.schema
      .createTable('upload')
      .addColumn('id', 'integer', (c) => c.generatedAlwaysAsIdentity().primaryKey()),
  )
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('file_hash', 'text', (c) => c.notNull().check(sql`file_hash ~ '^[0-9a-f]{64}$'`))
    .addColumn('format', 'text', (c) => c.notNull())
    .addColumn('as_at', 'date', (c) => c.notNull())
    .addColumn('covers_from', 'date', (c) => c.notNull())
    .addColumn('counts', 'jsonb', (c) => c.notNull())
    .addColumn('issues', 'jsonb', (c) => c.notNull())
    .addColumn('status', 'text', (c) =>
      c.notNull().defaultTo('applied').check(sql`status in ('applied', 'rejected')`),
    )
    .execute();
  await db.schema.createIndex('upload_la_idx').on('upload').columns(['la', 'id']).execute();
}

/**
 * Child-level tables have no foreign keys: a check per row would double the cost of merging a
 * large extract. mergeRecords checks once that the upload is the council's.
 */
async function createRecordTable(
  db: Db,
  [name, key, columns]: (typeof RECORD_TABLES)[number],
): Promise<void> {
  let table: Table = db.schema
    .createTable(name)
    .addColumn('la', 'text', (c) => c.notNull())
    .addColumn('child_id', 'text', (c) => c.notNull());
  if (key) table = table.addColumn(key, 'date', (c) => c.notNull());
  for (const [column, type] of columns) table = table.addColumn(column, type);
  await table
    .addColumn('upload_id', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint(`${name}_pk`, key ? ['la', 'child_id', key] : ['la', 'child_id'])
    .execute();
}

async function createSeriesPoint(db: Db): Promise<void> {
  await laColumn(db.schema.createTable('series_point'))
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
    .addColumn('partial', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('covers_start', 'date')
    .addColumn('covers_end', 'date')
    .addColumn('computed_at', 'timestamptz', (c) => c.notNull())
    .addPrimaryKeyConstraint('series_point_pk', ['la', 'indicator_id', 'window', 'period'])
    .execute();
}

async function createTarget(db: Db): Promise<void> {
  await laColumn(
    db.schema
      .createTable('target')
      .addColumn('id', 'integer', (c) => c.generatedAlwaysAsIdentity().primaryKey()),
  )
    .addColumn('indicator_id', 'text', (c) => c.notNull())
    .addColumn('financial_year', 'integer', (c) => c.notNull())
    .addColumn('value', 'double precision', (c) => c.notNull())
    .addColumn('tolerance', 'double precision', (c) => c.notNull())
    .addColumn('tolerance_kind', 'text', (c) =>
      c.notNull().check(sql`tolerance_kind in ('absolute', 'relative')`),
    )
    .addColumn('set_by', 'text', (c) => c.notNull())
    .addColumn('set_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('reason', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('target_latest_idx')
    .on('target')
    .columns(['la', 'indicator_id', 'financial_year', 'id'])
    .execute();
}

async function createPopulation(db: Db): Promise<void> {
  await laColumn(db.schema.createTable('population'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('count', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('population_pk', ['la', 'year'])
    .execute();
}

async function createAuditEvent(db: Db): Promise<void> {
  await db.schema
    .createTable('audit_event')
    .addColumn('id', 'integer', (c) => c.generatedAlwaysAsIdentity().primaryKey())
    .addColumn('at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('actor', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('detail', 'jsonb', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('audit_event_at_idx').on('audit_event').column('at').execute();
}

export async function up(db: Db): Promise<void> {
  await createLa(db);
  await createUpload(db);
  for (const table of RECORD_TABLES) await createRecordTable(db, table);
  await createSeriesPoint(db);
  await createTarget(db);
  await createPopulation(db);
  await createAuditEvent(db);
}

export async function down(db: Db): Promise<void> {
  for (const name of DROP_ORDER) await db.schema.dropTable(name).execute();
}
