/** Councils: the `la` table. */
import type { LaRow } from './mappers.ts';
import type { Database } from './tables.ts';

/** Adds a council, or renames one already there. */
export async function upsertLa(db: Database, la: LaRow): Promise<void> {
  await db
    .insertInto('la')
    .values(la)
    .onConflict((oc) => oc.column('code').doUpdateSet({ name: la.name }))
    .execute();
}

/** Every council, by code. */
export function listLas(db: Database): Promise<LaRow[]> {
  return db.selectFrom('la').select(['code', 'name']).orderBy('code').execute();
}

/** Whether the database has no council yet (a first start). */
export async function isEmpty(db: Database): Promise<boolean> {
  const any = await db.selectFrom('la').select('code').limit(1).executeTakeFirst();
  return any === undefined;
}
