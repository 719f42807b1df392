/**
 * The reference set of published benchmarks: DfE figures by indicator, year and place, the
 * statistical neighbours, the councils they name, and ONS population for any place. Reference
 * population has its own table: `population` holds a council's own figures and references `la`.
 */
import { type Kysely, sql } from 'kysely';

type Db = Kysely<unknown>;

const LEVELS = sql`level in ('national', 'regional', 'la')`;

async function createBenchmark(db: Db): Promise<void> {
  await db.schema
    .createTable('benchmark')
    .addColumn('indicator_id', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('level', 'text', (c) => c.notNull().check(LEVELS))
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('value', 'double precision')
    .addColumn('numerator', 'double precision')
    .addColumn('denominator', 'double precision')
    .addColumn('status', 'text', (c) =>
      c.check(sql`status in ('c', 'k', 'x', 'z', 'u', 'low', ':')`),
    )
    .addColumn('source', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('benchmark_pk', ['indicator_id', 'year', 'level', 'code'])
    .execute();
  await db.schema.createIndex('benchmark_code_idx').on('benchmark').columns(['code']).execute();
}

async function createStatisticalNeighbour(db: Db): Promise<void> {
  await db.schema
    .createTable('statistical_neighbour')
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('model', 'text', (c) => c.notNull().check(sql`model in ('2021', '2025')`))
    .addColumn('rank', 'integer', (c) => c.notNull().check(sql`rank between 1 and 10`))
    .addColumn('neighbour', 'text', (c) => c.notNull())
    .addColumn('closeness', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('statistical_neighbour_pk', ['code', 'model', 'rank'])
    .execute();
}

async function createCouncilRef(db: Db): Promise<void> {
  await db.schema
    .createTable('council_ref')
    .addColumn('code', 'text', (c) => c.primaryKey())
    .addColumn('new_code', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('region_code', 'text', (c) => c.notNull())
    .addColumn('region_name', 'text', (c) => c.notNull())
    .execute();
}

async function createReferencePopulation(db: Db): Promise<void> {
  await db.schema
    .createTable('reference_population')
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('level', 'text', (c) => c.notNull().check(LEVELS))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('count', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('reference_population_pk', ['code', 'year'])
    .execute();
}

export async function up(db: Db): Promise<void> {
  await createBenchmark(db);
  await createStatisticalNeighbour(db);
  await createCouncilRef(db);
  await createReferencePopulation(db);
}

export async function down(db: Db): Promise<void> {
  for (const name of ['reference_population', 'council_ref', 'statistical_neighbour', 'benchmark'])
    await db.schema.dropTable(name).execute();
}
