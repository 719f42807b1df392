/** A council's local indicator definitions: every change kept, the latest in force. */
import type { IndicatorDefinition } from '../domain/index.ts';
import type { Database } from './tables.ts';

/** One change to a local indicator: its new definition, or null when it was retired. */
export interface LocalIndicatorChange {
  indicatorId: string;
  definition: IndicatorDefinition | null;
  setBy: string;
  setAt: string;
  reason: string;
}

type Meta = { setBy: string; at: string; reason: string };

async function record(db: Database, la: string, id: string, def: unknown, meta: Meta) {
  await db
    .insertInto('local_indicator')
    .values({
      la,
      indicator_id: id,
      definition: JSON.stringify(def),
      set_by: meta.setBy,
      set_at: meta.at,
      reason: meta.reason,
    })
    .execute();
}

/** Adds or replaces local definitions, keeping the ones they replace as history. */
export async function setLocalIndicators(
  db: Database,
  la: string,
  defs: readonly IndicatorDefinition[],
  meta: Meta,
): Promise<void> {
  for (const def of defs) await record(db, la, def.id, def, meta);
}

/** Retires a local indicator: it is no longer computed, and its history stays. */
export async function retireLocalIndicator(
  db: Database,
  la: string,
  id: string,
  meta: Meta,
): Promise<void> {
  await record(db, la, id, null, meta);
}

async function latest(db: Database, la: string) {
  return db
    .selectFrom('local_indicator')
    .select(['indicator_id', 'definition'])
    .distinctOn('indicator_id')
    .where('la', '=', la)
    .orderBy('indicator_id')
    .orderBy('id', 'desc')
    .execute();
}

/** The local definitions in force for the council, by id. */
export async function loadLocalIndicators(
  db: Database,
  la: string,
): Promise<IndicatorDefinition[]> {
  const rows = await latest(db, la);
  return rows.flatMap((row) => (row.definition === null ? [] : [row.definition]));
}

/** Every id the council ever defined, retired ones included (their series are removed). */
export async function everLocalIds(db: Database, la: string): Promise<string[]> {
  return (await latest(db, la)).map((row) => row.indicator_id);
}

/** Every change, oldest first. */
export async function loadLocalIndicatorHistory(
  db: Database,
  la: string,
): Promise<LocalIndicatorChange[]> {
  const rows = await db
    .selectFrom('local_indicator')
    .selectAll()
    .where('la', '=', la)
    .orderBy('id')
    .execute();
  return rows.map((row) => ({
    indicatorId: row.indicator_id,
    definition: row.definition,
    setBy: row.set_by,
    setAt: row.set_at.toISOString(),
    reason: row.reason,
  }));
}
