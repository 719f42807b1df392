/**
 * Fresh, migrated stores for tests: PGlite from a copy of a template data folder made once (no
 * test pays for initdb), or a new database on the server named by OUTTURN_TEST_DATABASE_URL.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { sql } from 'kysely';
import pg from 'pg';
import { ensureDataDir } from './data-dir.ts';
import { openStore, type Store } from './open.ts';
import type { Database } from './tables.ts';

export type TestStore = Store & { dispose(): Promise<void> };

function pgliteVersion(): string {
  const entry = createRequire(import.meta.url).resolve('@electric-sql/pglite');
  const manifest = JSON.parse(readFileSync(join(dirname(entry), '..', 'package.json'), 'utf8'));
  return String(manifest.version);
}

/** An initialised, unmigrated data folder, one per PGlite version, shared by test runs. */
const TEMPLATE_DIR = join(tmpdir(), `outturn-test-template-pglite-${pgliteVersion()}`);

/** Makes the template data folder if it is not there yet (vitest global setup calls this). */
export async function prepareTestTemplate(): Promise<void> {
  await ensureDataDir(TEMPLATE_DIR);
}

async function openPGliteTestStore(): Promise<TestStore> {
  await prepareTestTemplate();
  const dir = await mkdtemp(join(tmpdir(), 'outturn-test-'));
  await cp(TEMPLATE_DIR, dir, { recursive: true });
  const store = await openStore({ dataDir: dir });
  const dispose = async () => {
    await store.close();
    await rm(dir, { recursive: true, force: true });
  };
  return { ...store, dispose };
}

async function adminQuery(adminUrl: string, text: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

/** A fresh, migrated database on the server at `adminUrl`; dispose drops it. */
export async function openServerTestStore(adminUrl: string): Promise<TestStore> {
  const name = `outturn_test_${randomBytes(6).toString('hex')}`;
  await adminQuery(adminUrl, `create database ${name}`);
  const drop = () => adminQuery(adminUrl, `drop database if exists ${name} with (force)`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const store = await openStore({ databaseUrl: url.toString(), dataDir: '' }).catch(async (e) => {
    await drop();
    throw e;
  });
  const dispose = async () => {
    await store.close();
    await drop();
  };
  return { ...store, dispose };
}

/** A fresh, migrated store on whichever back end the environment names; dispose removes it. */
export function openTestStore(): Promise<TestStore> {
  const adminUrl = process.env.OUTTURN_TEST_DATABASE_URL;
  return adminUrl ? openServerTestStore(adminUrl) : openPGliteTestStore();
}

/** Empties every table and restarts ids: a store shared by a test file, fresh for each test. */
export async function emptyTestStore(db: Database): Promise<void> {
  const tables = (await db.introspection.getTables()).map((t) => t.name);
  await sql`truncate ${sql.join(tables.map((t) => sql.table(t)))} restart identity`.execute(db);
}
