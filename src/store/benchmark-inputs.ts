/**
 * What benchmarking a council needs from the reference set, in one read: the council as the
 * DfE names it, its statistical neighbours, every published figure of the measures the
 * definitions are compared with, and ONS population when a rate is derived from a count.
 */
import type { BenchmarkCouncil } from '../assess/index.ts';
import { CATALOGUE, type IndicatorDefinition } from '../domain/index.ts';
import type { BenchmarkRow, NeighbourRow, PopulationRow } from '../ingest/index.ts';
import { loadBenchmarks, loadCouncilRef } from './benchmarks.ts';
import type { Database } from './tables.ts';

type NeighbourModel = NeighbourRow['model'];

export interface BenchmarkNeighbour {
  code: string;
  /** As the reference set names it; null when it names no council with that code. */
  name: string | null;
  rank: number;
  closeness: string;
}

export interface BenchmarkInputs {
  council: BenchmarkCouncil;
  /** Whether the DfE reference set names the council at all. */
  known: boolean;
  /** The statistical neighbour model the neighbours come from; null when there are none. */
  model: NeighbourModel | null;
  /** Closest first. */
  neighbours: BenchmarkNeighbour[];
  /** Every place and year of the measures asked for. */
  figures: BenchmarkRow[];
  /** Every place's ONS population, when a definition derives a rate; otherwise empty. */
  population: PopulationRow[];
}

export interface BenchmarkInputOptions {
  /** The definitions to benchmark (default: the catalogue). */
  definitions?: readonly IndicatorDefinition[];
  /** The neighbour model to prefer (default 2025); the other is used when it names none. */
  model?: NeighbourModel;
}

async function neighboursIn(db: Database, code: string, model: NeighbourModel) {
  return db
    .selectFrom('statistical_neighbour as n')
    .leftJoin('council_ref as c', 'c.code', 'n.neighbour')
    .select(['n.neighbour as code', 'c.name', 'n.rank', 'n.closeness'])
    .where('n.code', '=', code)
    .where('n.model', '=', model)
    .orderBy('n.rank')
    .execute();
}

async function neighboursOf(db: Database, code: string, preferred: NeighbourModel) {
  const other: NeighbourModel = preferred === '2025' ? '2021' : '2025';
  for (const model of [preferred, other]) {
    const neighbours = await neighboursIn(db, code, model);
    if (neighbours.length > 0) return { model, neighbours };
  }
  return { model: null, neighbours: [] };
}

async function councilOf(db: Database, code: string) {
  const ref = await loadCouncilRef(db, code);
  if (ref) {
    const region = { code: ref.regionCode, name: ref.regionName };
    return { known: true, council: { code, name: ref.name, region } };
  }
  const la = await db.selectFrom('la').select('name').where('code', '=', code).executeTakeFirst();
  return { known: false, council: { code, name: la?.name ?? code, region: null } };
}

function loadAllPopulation(db: Database): Promise<PopulationRow[]> {
  return db
    .selectFrom('reference_population')
    .select(['code', 'level', 'year', 'count'])
    .orderBy('code')
    .orderBy('year')
    .execute();
}

/** The reference data benchmarkView needs for a council (its old LA code) and definitions. */
export async function loadBenchmarkInputs(
  db: Database,
  code: string,
  options: BenchmarkInputOptions = {},
): Promise<BenchmarkInputs> {
  const sources = (options.definitions ?? CATALOGUE).flatMap((d) => d.benchmark ?? []);
  const measures = [...new Set(sources.map((s) => s.measure))];
  const derives = sources.some((s) => s.derive !== undefined);
  const { known, council } = await councilOf(db, code);
  const { model, neighbours } = await neighboursOf(db, code, options.model ?? '2025');
  const figures = (
    await Promise.all(measures.map((indicatorId) => loadBenchmarks(db, { indicatorId })))
  ).flat();
  const population = derives ? await loadAllPopulation(db) : [];
  return { council, known, model, neighbours, figures, population };
}
