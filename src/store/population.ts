/** Child population (ONS mid-year estimates of 0-17 year olds), by council and year. */
import { loadReferencePopulation } from './benchmarks.ts';
import type { Database } from './tables.ts';

/** Sets the council's population for a mid-year, replacing any figure already there. */
export async function setPopulation(
  db: Database,
  la: string,
  year: number,
  count: number,
): Promise<void> {
  await db
    .insertInto('population')
    .values({ la, year, count })
    .onConflict((oc) => oc.columns(['la', 'year']).doUpdateSet({ count }))
    .execute();
}

/** The council's population by mid-year. */
export async function loadPopulation(db: Database, la: string): Promise<Map<number, number>> {
  const rows = await db
    .selectFrom('population')
    .select(['year', 'count'])
    .where('la', '=', la)
    .orderBy('year')
    .execute();
  return new Map(rows.map((row) => [row.year, row.count]));
}

/**
 * The population the council's rates per 10,000 divide by, by mid-year: the ONS figures loaded
 * with the DfE benchmarks for the council's code (`outturn benchmarks`, as `outturn compute
 * --la` reads them), each year replaced by the council's own figure where it has set one.
 */
export async function ratePopulation(db: Database, la: string): Promise<Map<number, number>> {
  const reference = await loadReferencePopulation(db, la);
  const own = await loadPopulation(db, la);
  return new Map([...reference, ...own]);
}
