import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore, upsertLa } from '../../src/store/index.ts';
import { freshServerDatabase } from './database.ts';
import { runOutturn } from './process.ts';

let work: string;
let env: Record<string, string>;
const cleanups: (() => Promise<void>)[] = [];

beforeAll(async () => {
  work = await mkdtemp(path.join(os.tmpdir(), 'outturn-targets-'));
  cleanups.push(() => rm(work, { recursive: true, force: true }));
  const db = await freshServerDatabase();
  if (db) cleanups.push(db.drop);
  env = { OUTTURN_DATA_DIR: path.join(work, 'data'), ...(db ? { DATABASE_URL: db.url } : {}) };
  const store = await openStore({
    dataDir: env.OUTTURN_DATA_DIR!,
    ...(db ? { databaseUrl: db.url } : {}),
  });
  await upsertLa(store.db, { code: '999', name: 'Northmere' });
  await store.close();
});

afterAll(async () => {
  for (const c of cleanups.reverse()) await c();
});

const HEADER = 'indicator,financial year,target,tolerance,tolerance kind,profile';

async function file(name: string, ...lines: string[]): Promise<string> {
  const p = path.join(work, name);
  await writeFile(p, `${lines.join('\n')}\n`);
  return p;
}

type Listed = {
  targets: { indicatorId: string; value: number; tolerance: number; toleranceSource?: string }[];
  history: { value: number; setBy: string; reason: string }[];
};

describe('outturn targets', () => {
  it('refuses a file with problems, naming file, row, column and value, and sets nothing', async () => {
    const bad = await file(
      'bad.csv',
      HEADER,
      'nope,2025-26,1,,,',
      'referrals,2025-26,4800,,,"1,2"',
    );
    const r = await runOutturn(['targets', 'import', bad, '--reason', 'test'], env);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('targets rejected: 2 error(s); nothing changed');
    expect(r.stderr).toContain('bad.csv, row 2, column "indicator"');
    expect(r.stderr).toContain('(found "nope")');
    expect(r.stderr).toContain('bad.csv, row 3, column "profile"');
    const list = await runOutturn(['targets', 'list', '--format', 'json'], env);
    expect((JSON.parse(list.stdout) as Listed).history).toEqual([]);
  }, 120_000);

  it('imports targets, sets a RAG rule, and lists them with the rule applied and the history', async () => {
    const good = await file(
      'targets.csv',
      HEADER,
      'rereferrals_12m_pct,2025-26,20,2,absolute,',
      'referrals,FY25/26,4800,,,"8;8;8;8;8;8;9;9;9;9;8;8"',
    );
    const imported = await runOutturn(
      ['targets', 'import', good, '--reason', 'cabinet, 12 March', '--user', 'ann'],
      env,
    );
    expect(imported.stderr).toContain('set 2 target(s) for council 999');
    expect(imported.code).toBe(0);
    const rule = await runOutturn(
      ['targets', 'rule', 'referrals', '--tolerance', '5', '--kind', 'relative', '--reason', 'x'],
      env,
    );
    expect(rule.code).toBe(0);
    const json = await runOutturn(['targets', 'list', '--format', 'json', '--la', '999'], env);
    const listed = JSON.parse(json.stdout) as Listed;
    expect(listed.targets).toMatchObject([
      { indicatorId: 'referrals', value: 4800, tolerance: 0.05, toleranceSource: 'rule' },
      { indicatorId: 'rereferrals_12m_pct', value: 20, tolerance: 2 },
    ]);
    expect(listed.history.map((h) => [h.value, h.setBy, h.reason])).toEqual([
      [20, 'ann', 'cabinet, 12 March'],
      [4800, 'ann', 'cabinet, 12 March'],
    ]);
    const table = await runOutturn(['targets', 'list'], env);
    expect(table.stdout).toMatch(/^referrals\s+2025-26\s+4800\s+5% of target \(council rule\)/m);
  }, 120_000);

  it('refuses a rule without its kind, with exit code 2', async () => {
    const r = await runOutturn(
      ['targets', 'rule', 'referrals', '--tolerance', '5', '--reason', 'x'],
      env,
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('give --tolerance and --kind');
  });
});
