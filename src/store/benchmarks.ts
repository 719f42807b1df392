/**
 * The published reference set: DfE benchmarks, statistical neighbours, the councils they name
 * and ONS population by place. Replaced whole, in one transaction, never merged.
 */
import { sql } from 'kysely';
import type { BenchmarkRow, CouncilRow, DfeBenchmarks, NeighbourRow } from '../ingest/index.ts';
import type { Database } from './tables.ts';
import { inTransaction } from './transaction.ts';

export type BenchmarkSet = Pick<
  DfeBenchmarks,
  'benchmarks' | 'population' | 'neighbours' | 'councils'
>;

export interface BenchmarkCounts {
  benchmarks: number;
  population: number;
  neighbours: number;
  councils: number;
}

/** Rows per statement: each chunk goes as one jsonb parameter. */
const CHUNK_ROWS = 5_000;

type Column = readonly [name: string, type: 'text' | 'integer' | 'double precision'];

/** Inserts rows (objects keyed by column) through jsonb_to_recordset, a chunk per statement. */
async function insertAll(
  db: Database,
  table: string,
  columns: readonly Column[],
  rows: readonly object[],
): Promise<void> {
  const names = sql.join(columns.map(([name]) => sql.id(name)));
  const shape = sql.join(columns.map(([name, type]) => sql`${sql.id(name)} ${sql.raw(type)}`));
  for (let start = 0; start < rows.length; start += CHUNK_ROWS) {
    const json = JSON.stringify(rows.slice(start, start + CHUNK_ROWS));
    await sql`insert into ${sql.table(table)} (${names})
      select ${names} from jsonb_to_recordset(${json}::jsonb) as r(${shape})`.execute(db);
  }
}

const BENCHMARK_COLUMNS: readonly Column[] = [
  ['indicator_id', 'text'],
  ['year', 'integer'],
  ['level', 'text'],
  ['code', 'text'],
  ['name', 'text'],
  ['value', 'double precision'],
  ['numerator', 'double precision'],
  ['denominator', 'double precision'],
  ['status', 'text'],
  ['source', 'text'],
];

const benchmarkRecord = (b: BenchmarkRow) => ({
  indicator_id: b.indicatorId,
  year: b.year,
  level: b.level,
  code: b.code,
  name: b.name,
  value: b.value,
  numerator: b.numerator,
  denominator: b.denominator,
  status: b.status,
  source: b.source,
});

const councilRecord = (c: CouncilRow) => ({
  code: c.code,
  new_code: c.newCode,
  name: c.name,
  region_code: c.regionCode,
  region_name: c.regionName,
});

const NEIGHBOUR_COLUMNS: readonly Column[] = [
  ['code', 'text'],
  ['model', 'text'],
  ['rank', 'integer'],
  ['neighbour', 'text'],
  ['closeness', 'text'],
];

const COUNCIL_COLUMNS: readonly Column[] = [
  ['code', 'text'],
  ['new_code', 'text'],
  ['name', 'text'],
  ['region_code', 'text'],
  ['region_name', 'text'],
];

const POPULATION_COLUMNS: readonly Column[] = [
  ['code', 'text'],
  ['level', 'text'],
  ['year', 'integer'],
  ['count', 'integer'],
];

const TABLES = ['benchmark', 'statistical_neighbour', 'council_ref', 'reference_population'];

/** Replaces the whole reference set with `data`, in one transaction. */
export function replaceBenchmarks(db: Database, data: BenchmarkSet): Promise<BenchmarkCounts> {
  return inTransaction(db, async (trx) => {
    for (const table of TABLES) await sql`delete from ${sql.table(table)}`.execute(trx);
    await insertAll(trx, 'benchmark', BENCHMARK_COLUMNS, data.benchmarks.map(benchmarkRecord));
    await insertAll(trx, 'statistical_neighbour', NEIGHBOUR_COLUMNS, data.neighbours);
    await insertAll(trx, 'council_ref', COUNCIL_COLUMNS, data.councils.map(councilRecord));
    await insertAll(trx, 'reference_population', POPULATION_COLUMNS, data.population);
    return {
      benchmarks: data.benchmarks.length,
      population: data.population.length,
      neighbours: data.neighbours.length,
      councils: data.councils.length,
    };
  });
}

/** Benchmarks, optionally of one indicator and some places, by indicator, place and year. */
export async function loadBenchmarks(
  db: Database,
  filter: { indicatorId?: string; codes?: readonly string[] } = {},
): Promise<BenchmarkRow[]> {
  let query = db.selectFrom('benchmark').selectAll();
  if (filter.indicatorId !== undefined)
    query = query.where('indicator_id', '=', filter.indicatorId);
  if (filter.codes !== undefined) {
    if (filter.codes.length === 0) return [];
    query = query.where('code', 'in', [...filter.codes]);
  }
  const rows = await query
    .orderBy('indicator_id')
    .orderBy('level')
    .orderBy('code')
    .orderBy('year')
    .execute();
  return rows.map((r) => ({
    indicatorId: r.indicator_id,
    year: r.year,
    level: r.level,
    code: r.code,
    name: r.name,
    value: r.value,
    numerator: r.numerator,
    denominator: r.denominator,
    status: r.status,
    source: r.source,
  }));
}

/** A council's ten statistical neighbours in the model, closest first. */
export function loadNeighbours(
  db: Database,
  code: string,
  model: NeighbourRow['model'],
): Promise<NeighbourRow[]> {
  return db
    .selectFrom('statistical_neighbour')
    .select(['code', 'model', 'rank', 'neighbour', 'closeness'])
    .where('code', '=', code)
    .where('model', '=', model)
    .orderBy('rank')
    .execute();
}

/** The council with this old LA code as the published data names it; null when unknown. */
export async function loadCouncilRef(db: Database, code: string): Promise<CouncilRow | null> {
  const row = await db
    .selectFrom('council_ref')
    .selectAll()
    .where('code', '=', code)
    .executeTakeFirst();
  if (row === undefined) return null;
  const { new_code, region_code, region_name, ...rest } = row;
  return { ...rest, newCode: new_code, regionCode: region_code, regionName: region_name };
}

/** ONS child population (0-17) of a place (old LA code, region or England) by mid-year. */
export async function loadReferencePopulation(
  db: Database,
  code: string,
): Promise<Map<number, number>> {
  const rows = await db
    .selectFrom('reference_population')
    .select(['year', 'count'])
    .where('code', '=', code)
    .orderBy('year')
    .execute();
  return new Map(rows.map((row) => [row.year, row.count]));
}

/** Whether any DfE reference figures are loaded. */
export async function hasBenchmarks(db: Database): Promise<boolean> {
  const row = await db.selectFrom('benchmark').select('indicator_id').limit(1).executeTakeFirst();
  return row !== undefined;
}
