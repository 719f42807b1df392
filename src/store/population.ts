/** Child population (ONS mid-year estimates of 0-17 year olds), by council and year. */
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
