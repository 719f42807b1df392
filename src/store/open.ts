/** Opening the database: PGlite in a data folder by default, a PostgreSQL server by URL. */
import { PGlite } from '@electric-sql/pglite';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { ensureDataDir } from './data-dir.ts';
import { lockDataDir } from './data-dir-lock.ts';
import { migrateToLatest } from './migrate.ts';
import { PGliteDialect } from './pglite-dialect.ts';
import type { Database, Tables } from './tables.ts';

export interface Store {
  db: Database;
  kind: 'pglite' | 'postgres';
  close(): Promise<void>;
}

export interface StoreOptions {
  /** A PostgreSQL server; when absent, PGlite in `dataDir`. */
  databaseUrl?: string;
  /** The PGlite data folder (created when missing). */
  dataDir: string;
}

const DATE_OID = 1082;
/** DATE columns stay `yyyy-mm-dd` text: a JS Date would bring a time zone into calendar days. */
const dateAsText = (text: string) => text;

async function openPGlite(dataDir: string): Promise<Store> {
  await ensureDataDir(dataDir);
  const unlock = await lockDataDir(dataDir);
  try {
    const pglite = await PGlite.create(dataDir, { parsers: { [DATE_OID]: dateAsText } });
    const db = new Kysely<Tables>({ dialect: new PGliteDialect(pglite) });
    return { db, kind: 'pglite', close: () => db.destroy().finally(unlock) };
  } catch (error) {
    await unlock();
    throw error;
  }
}

function openPostgres(databaseUrl: string): Store {
  const types = new pg.TypeOverrides();
  types.setTypeParser(DATE_OID, dateAsText);
  const pool = new pg.Pool({ connectionString: databaseUrl, types });
  // An idle client that loses its server is dropped by the pool; the next query reports it.
  pool.on('error', () => {});
  const db = new Kysely<Tables>({ dialect: new PostgresDialect({ pool }) });
  return { db, kind: 'postgres', close: () => db.destroy() };
}

/** Opens the database (initialising a PGlite folder if needed) and migrates it to the latest. */
export async function openStore(options: StoreOptions): Promise<Store> {
  const store = options.databaseUrl
    ? openPostgres(options.databaseUrl)
    : await openPGlite(options.dataDir);
  try {
    await migrateToLatest(store.db);
  } catch (error) {
    await store.close();
    throw error;
  }
  return store;
}
