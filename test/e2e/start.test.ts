import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freshServerDatabase } from './database.ts';
import { freePort, startServe, stop } from './process.ts';

describe('npm start on an empty database', () => {
  const cleanups: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const c of cleanups.reverse()) await c();
  });

  it('loads the demo council and serves its dashboard, then starts again without reloading', async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'outturn-start-'));
    cleanups.push(() => rm(dataDir, { recursive: true, force: true }));
    const db = await freshServerDatabase();
    if (db) cleanups.push(db.drop);
    const env = {
      OUTTURN_DATA_DIR: dataDir,
      PORT: String(await freePort()),
      ...(db ? { DATABASE_URL: db.url } : {}),
    };

    const first = await startServe(env);
    const page = await (await fetch(first.url)).text();
    await stop(first.child);
    expect(first.log()).toContain('loading the demo council');
    expect(page).toContain('Northmere');
    expect(page).toContain('Re-referrals within 12 months');
    expect(page).toContain('Assessments completed within 45 working days');

    const second = await startServe(env);
    const again = await (await fetch(second.url)).text();
    await stop(second.child);
    expect(second.log()).not.toContain('loading the demo council');
    expect(again).toContain('Children looked after');
  }, 180_000);
});
