/** A fresh database on the PostgreSQL server named by OUTTURN_TEST_DATABASE_URL, if set. */
import { randomBytes } from 'node:crypto';
import pg from 'pg';

export async function freshServerDatabase(): Promise<{
  url: string;
  drop: () => Promise<void>;
} | null> {
  const admin = process.env.OUTTURN_TEST_DATABASE_URL;
  if (!admin) return null;
  const name = `outturn_e2e_${randomBytes(6).toString('hex')}`;
  await withClient(admin, (c) => c.query(`CREATE DATABASE ${name}`));
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () =>
      withClient(admin, (c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(
        () => {},
      ),
  };
}

async function withClient<T>(url: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}
