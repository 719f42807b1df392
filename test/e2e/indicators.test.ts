import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDemo } from '../../src/demo/index.ts';
import { CATALOGUE, dayOf } from '../../src/domain/index.ts';
import { computeSeries } from '../../src/engine/index.ts';
import { readCaseFiles, readDefinitions } from '../../src/ingest/index.ts';
import { freshServerDatabase } from './database.ts';
import { runOutturn } from './process.ts';

const EXAMPLE = path.resolve('examples/local-indicators.json');
const LOCAL_IDS = ['cpp_open_neglect', 'assessments_within_35wd_pct', 'referrals_from_police_pct'];

let work: string;
let demoDir: string;
let env: Record<string, string>;
const cleanups: (() => Promise<void>)[] = [];

beforeAll(async () => {
  work = await mkdtemp(path.join(os.tmpdir(), 'outturn-indicators-'));
  cleanups.push(() => rm(work, { recursive: true, force: true }));
  demoDir = path.join(work, 'annex-a');
  await mkdir(demoDir);
  const demo = generateDemo({ asAt: dayOf(2025, 10, 31), seed: 3, years: 2 });
  for (const f of demo.files) await writeFile(path.join(demoDir, f.name), f.text);
  const db = await freshServerDatabase();
  if (db) cleanups.push(db.drop);
  env = { OUTTURN_DATA_DIR: path.join(work, 'data'), ...(db ? { DATABASE_URL: db.url } : {}) };
});

afterAll(async () => {
  for (const c of cleanups.reverse()) await c();
});

type Out = { indicators: { id: string; points: { period: string; value: number | null }[] }[] };

function yearValue(out: Out, id: string, period = '2024-25'): number | null {
  const indicator = out.indicators.find((i) => i.id === id);
  return indicator?.points.find((p) => p.period === period)?.value ?? null;
}

describe('outturn compute --definitions', () => {
  it('computes the example local indicators after the catalogue', async () => {
    const r = await runOutturn([
      'compute',
      demoDir,
      '--as-at',
      '2025-10-31',
      '--window',
      'year',
      '--definitions',
      EXAMPLE,
    ]);
    expect(r.code).toBe(0);
    const out: Out = JSON.parse(r.stdout);
    const childLevel = CATALOGUE.filter((d) => d.source === 'child-level').map((d) => d.id);
    expect(out.indicators.map((i) => i.id)).toEqual([...childLevel, ...LOCAL_IDS]);
    const neglect = yearValue(out, 'cpp_open_neglect') ?? 0;
    expect(neglect).toBeGreaterThan(0);
    expect(neglect).toBeLessThan(yearValue(out, 'cpp_open') ?? 0);
    const within35 = yearValue(out, 'assessments_within_35wd_pct') ?? 100;
    expect(within35).toBeLessThan(yearValue(out, 'assessments_within_45wd_pct') ?? 0);
  });

  it('computes a local indicator over contacts, which it reads as columns, as from their records', async () => {
    const file = path.join(work, 'contacts.json');
    const rule = {
      list: 'contacts',
      date: 'contactDate',
      where: [{ field: 'source', is: ['1A'] }],
    };
    const definition = {
      id: 'contacts_from_family',
      title: 'Contacts from a family member',
      description: 'Contacts whose source is an individual: a family member, relative or carer.',
      unit: 'count',
      polarity: 'neutral',
      rule,
    };
    await writeFile(file, JSON.stringify({ indicators: [definition] }));
    const args = ['compute', demoDir, '--as-at', '2025-10-31', '--window', 'year'];
    const r = await runOutturn([...args, '--definitions', file]);
    expect(r.code).toBe(0);
    const fromCli = yearValue(JSON.parse(r.stdout), 'contacts_from_family');
    const names = await readdir(demoDir);
    const files = await Promise.all(
      names.map(async (name) => ({ name, bytes: await readFile(path.join(demoDir, name)) })),
    );
    const { records } = await readCaseFiles(files); // contacts as records
    const [def] = (await readDefinitions({ name: 'contacts.json', bytes: await readFile(file) }))
      .definitions;
    const coverage = { from: dayOf(2023, 4, 1), asAt: dayOf(2025, 10, 31) };
    const [series] = computeSeries(records, { coverage, kinds: ['year'], indicators: [def!] });
    const fromRecords = series?.points.find((p) => p.period === '2024-25')?.value;
    expect(fromCli).toBe(fromRecords);
    expect(fromCli).toBeGreaterThan(0);
  });

  it('refuses a definitions file with problems, naming where, with exit code 1', async () => {
    const bad = path.join(work, 'bad.json');
    await writeFile(bad, JSON.stringify({ indicators: [{ id: 'referrals' }] }));
    const r = await runOutturn(['compute', demoDir, '--as-at', '2025-10-31', '--definitions', bad]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('definitions rejected');
    expect(r.stderr).toContain('bad.json, column "indicators[0].title"');
  });
});

describe('outturn indicators', () => {
  it('lists the catalogue, defines local indicators for a council and retires one', async () => {
    const list = await runOutturn(['indicators', 'list']);
    expect(list.code).toBe(0);
    expect(list.stdout).toMatch(/^rereferrals_12m_pct\s+percent\s+lower_is_better\s+flow/m);

    const imported = await runOutturn(
      ['import', demoDir, '--la', '999', '--la-name', 'Northmere', '--as-at', '2025-10-31'],
      env,
    );
    expect(imported.code).toBe(0);
    const defined = await runOutturn(
      ['indicators', 'define', EXAMPLE, '--reason', 'neglect review'],
      env,
    );
    expect(defined.stderr).toContain('defined cpp_open_neglect');
    expect(defined.stderr).toContain('recomputed council 999');
    expect(defined.code).toBe(0);
    const local = await runOutturn(['indicators', 'list', '--la', '999', '--format', 'json'], env);
    const ids = JSON.parse(local.stdout).map((d: { id: string }) => d.id);
    expect(ids.slice(-3)).toEqual([...LOCAL_IDS].sort());

    const retired = await runOutturn(
      ['indicators', 'retire', 'cpp_open_neglect', '--reason', 'review ended'],
      env,
    );
    expect(retired.code).toBe(0);
    const after = await runOutturn(['indicators', 'list', '--la', '999', '--format', 'json'], env);
    expect(JSON.parse(after.stdout).map((d: { id: string }) => d.id)).not.toContain(
      'cpp_open_neglect',
    );
    const unknown = await runOutturn(['indicators', 'retire', 'referrals', '--reason', 'x'], env);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('referrals is not a local indicator of 999');
  }, 240_000);
});
