import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDemo } from '../../src/demo/index.ts';
import { CATALOGUE, dayOf } from '../../src/domain/index.ts';
import { countRecords, listUploads, openStore } from '../../src/store/index.ts';
import { freshServerDatabase } from './database.ts';
import { ROOT, runOutturn, runOutturnClosingOutput } from './process.ts';

let work: string;
let demoDir: string;
let env: Record<string, string>;
const cleanups: (() => Promise<void>)[] = [];

beforeAll(async () => {
  work = await mkdtemp(path.join(os.tmpdir(), 'outturn-cli-'));
  cleanups.push(() => rm(work, { recursive: true, force: true }));
  demoDir = path.join(work, 'annex-a');
  const demo = generateDemo({ asAt: dayOf(2025, 10, 31), seed: 7 });
  await import('node:fs/promises').then((fs) => fs.mkdir(demoDir));
  for (const f of demo.files) await writeFile(path.join(demoDir, f.name), f.text);
  const db = await freshServerDatabase();
  if (db) cleanups.push(db.drop);
  env = { OUTTURN_DATA_DIR: path.join(work, 'data'), ...(db ? { DATABASE_URL: db.url } : {}) };
});

afterAll(async () => {
  for (const c of cleanups.reverse()) await c();
});

describe('outturn --help', () => {
  it('lists every command and the environment variables', async () => {
    const r = await runOutturn(['--help']);
    expect(r.code).toBe(0);
    for (const word of [
      'serve',
      'demo',
      'import',
      'compute',
      'PORT',
      'DATABASE_URL',
      'OUTTURN_DATA_DIR',
    ]) {
      expect(r.stdout).toContain(word);
    }
  });
  it('prints the version with --version (and -V)', async () => {
    const { version } = JSON.parse(await readFile(path.join(ROOT, 'package.json'), 'utf8'));
    for (const flag of ['--version', '-V']) {
      const r = await runOutturn([flag]);
      expect([r.code, r.stdout]).toEqual([0, `${version}\n`]);
    }
  });
  it('rejects an unknown command with a message and a non-zero exit', async () => {
    const r = await runOutturn(['frobnicate']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("unknown command 'frobnicate'");
  });
});

describe('settings from the environment', () => {
  it('refuses a command that uses them when they are invalid, saying which, with exit code 2', async () => {
    const data = path.join(work, 'never-made');
    const serve = await runOutturn(['serve'], { PORT: 'abc', OUTTURN_DATA_DIR: data });
    expect(serve.code).toBe(2);
    expect(serve.stderr).toMatch(/^outturn: invalid configuration\n {2}PORT: /);
    const bad = { DATABASE_URL: 'mysql://localhost/db', OUTTURN_DATA_DIR: data };
    const imported = await runOutturn(['import', demoDir], bad);
    expect(imported.code).toBe(2);
    expect(imported.stderr).toContain('DATABASE_URL must start with postgres:// or postgresql://');
    expect(existsSync(data)).toBe(false); // nothing made, nothing touched
  });
  it('lets outturn compute run whatever they say: it reads none of them', async () => {
    const args = ['compute', demoDir, '--as-at', '2025-10-31', '--window', 'year'];
    const r = await runOutturn(args, { PORT: 'abc', DATABASE_URL: 'mysql://localhost/db' });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).asAt).toBe('2025-10-31');
  });
});

describe('outturn demo --write <folder>', () => {
  it('writes the same Annex A files as the generator, and leaves the database alone', async () => {
    const folder = path.join(work, 'written');
    const r = await runOutturn(
      ['demo', '--write', folder, '--as-at', '2025-10-31', '--seed', '7'],
      { OUTTURN_DATA_DIR: path.join(work, 'untouched') },
    );
    expect(r.code).toBe(0);
    const { readdir, readFile } = await import('node:fs/promises');
    const names = (await readdir(folder)).sort();
    expect(names).toEqual((await readdir(demoDir)).sort());
    for (const name of names) {
      const [written, made] = await Promise.all(
        [folder, demoDir].map((dir) => readFile(path.join(dir, name), 'utf8')),
      );
      expect(written === made, name).toBe(true);
    }
    expect(await readdir(work)).not.toContain('untouched');
  });

  it('refuses a size it does not know and a number of years out of range, with exit code 2', async () => {
    const folder = path.join(work, 'refused');
    expect((await runOutturn(['demo', '--write', folder, '--size', 'huge'])).code).toBe(2);
    expect((await runOutturn(['demo', '--write', folder, '--years', '0'])).code).toBe(2);
  });
});

describe('outturn compute <folder> --as-at', () => {
  it('prints the JSON indicators.md describes, byte-identical on a second run and on two threads', async () => {
    const args = ['compute', demoDir, '--as-at', '2025-10-31', '--la', '999'];
    const [a, b] = [await runOutturn(args), await runOutturn([...args, '--threads', '2'])];
    expect(a.code).toBe(0);
    expect(a.stdout).toBe(b.stdout);
    const timed = await runOutturn([...args, '--timings']);
    expect(timed.stdout).toBe(a.stdout);
    const s = String.raw`\d+\.\d\d s`;
    const steps = `start ${s}, files ${s}, read ${s}, engine ${s}, print ${s}; total ${s}`;
    expect(timed.stderr).toMatch(new RegExp(`^timings: ${steps}\n$`));
    expect((await runOutturn([...args, '--threads', '3'])).code).toBe(2);
    const out = JSON.parse(a.stdout);
    expect(out).toMatchObject({ asAt: '2025-10-31', la: '999', issues: [] });
    const ids: string[] = out.indicators.map((i: { id: string }) => i.id);
    expect(ids).toEqual(CATALOGUE.filter((d) => d.source === 'child-level').map((d) => d.id));
    const rereferrals = out.indicators[ids.indexOf('rereferrals_12m_pct')];
    const year = rereferrals.points.find((p: { period: string }) => p.period === '2024-25');
    expect(Object.keys(year)).toEqual([
      'window',
      'period',
      'start',
      'end',
      'value',
      'numerator',
      'denominator',
    ]);
    expect(year).toMatchObject({ window: 'year', start: '2024-04-01', end: '2025-03-31' });
    expect(year.value).toBeCloseTo((100 * year.numerator) / year.denominator, 10);
  });
  it('stops quietly, with exit code 0, when what reads its output stops early (| head)', async () => {
    const r = await runOutturnClosingOutput(['compute', demoDir, '--as-at', '2025-10-31']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });
  it("gives rates per 10,000 from the shipped population of --la's council, null without", async () => {
    const rateOf = async (la: string[]) => {
      const r = await runOutturn(['compute', demoDir, '--as-at', '2025-10-31', ...la]);
      const out = JSON.parse(r.stdout);
      const rate = out.indicators.find((i: { id: string }) => i.id === 'referral_rate_per_10k');
      return rate.points.find((p: { period: string }) => p.period === '2024-25');
    };
    // 886 (Kent): mid-2024, 355,390 children, for 2024-25
    const kent = await rateOf(['--la', '886']);
    expect(kent.denominator).toBe(355_390);
    expect(kent.value).toBeCloseTo((10_000 * kent.numerator) / 355_390, 10);
    expect(await rateOf([])).toMatchObject({ value: null, denominator: null });
    expect(await rateOf(['--la', '999'])).toMatchObject({ value: null, denominator: null });
  });
  it('prints a table for one window kind', async () => {
    const r = await runOutturn([
      'compute',
      demoDir,
      '--as-at',
      '2025-10-31',
      '--format',
      'table',
      '--window',
      'year',
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toMatch(
      /^indicator\s+period\s+value\s+numerator\s+denominator$/,
    );
    expect(r.stdout).toMatch(/rereferrals_12m_pct\s+2024-25\s+\d+\.\d%/);
    expect(r.stdout).toContain('2025-26 (partial)');
  });
  it('refuses an impossible --as-at date with exit code 2', async () => {
    const r = await runOutturn(['compute', demoDir, '--as-at', '2025-02-30']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--as-at must be a real date as YYYY-MM-DD (got "2025-02-30")');
  });
});

describe('outturn import <files>', () => {
  it('imports a good extract, then rejects a bad file naming file, row and column, leaving the database unchanged', async () => {
    const ok = await runOutturn(
      ['import', demoDir, '--la', '999', '--la-name', 'Northmere', '--as-at', '2025-10-31'],
      env,
    );
    expect(ok.stderr).toContain('imported into Northmere (999)');
    // Not a terminal: a plain line as each phase starts and every 10%, never a redrawn one.
    expect(ok.stderr).toMatch(/^reading: 0% of [\d.]+ [KM]B, .+\.csv$/m);
    expect(ok.stderr).toMatch(/^reading: 50% of /m);
    expect(ok.stderr).toMatch(/^merging: 100% of [\d,]+ records/m);
    expect(ok.stderr).toMatch(/^computing: step 2 of 3, computing indicators$/m);
    expect(ok.stderr).toContain('computing: done');
    expect(ok.stderr).not.toContain('\r');
    expect(ok.code).toBe(0);
    const before = await snapshot();

    const bad = path.join(work, 'List 3 - Referrals.csv');
    await writeFile(
      bad,
      [
        'Child Unique ID,Gender,Ethnicity,Date of Birth,Age of Child (Years),Date of referral,Referral Source,Referral NFA?,Number of Referrals in Last 12 Months,Allocated Team,Allocated Worker',
        'NM9000001,a) Male,WBRI,01/02/2015,10,03/09/2025,Police,b) No,0,Team A,Worker A',
        'NM9000002,b) Female,WBRI,01/02/2016,9,31/09/2025,Police,b) No,0,Team A,Worker A',
      ].join('\r\n'),
    );
    const r = await runOutturn(['import', bad, '--la', '999', '--as-at', '2025-10-31'], env);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('List 3 - Referrals.csv');
    expect(r.stderr).toContain('row 3');
    expect(r.stderr).toContain('Date of referral');
    expect(r.stderr).toContain('31/09/2025');
    expect(r.stderr).toContain('the database is unchanged');
    expect(await snapshot()).toEqual(before);
  }, 180_000);
});

describe('outturn import --supplied <files>', () => {
  it('imports supplied values once, says a repeat changed nothing, and refuses a computed id', async () => {
    const supplied = path.join(work, 'audits.csv');
    await writeFile(
      supplied,
      'indicator,period,value,numerator,denominator\r\ncase_file_audits_adequate_pct,2024-25,72.5,29,40\r\n',
    );
    const first = await runOutturn(
      ['import', '--supplied', supplied, '--la', '999', '--la-name', 'Northmere'],
      env,
    );
    expect(first.stderr).toContain('supplied values: 1 new, 0 updated, 0 unchanged');
    expect(first.code).toBe(0);
    const again = await runOutturn(['import', '--supplied', supplied, '--la', '999'], env);
    expect(again.stderr).toContain('nothing changed');

    const computed = path.join(work, 'computed.csv');
    await writeFile(computed, 'indicator,period,value\r\nreferrals,2024-25,100\r\n');
    const refused = await runOutturn(['import', '--supplied', computed, '--la', '999'], env);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('computed.csv, row 2');
  }, 180_000);
});

describe('outturn spc and outturn benchmarks (their code loads when they run)', () => {
  it('states, lists and takes back an SPC recalculation date, and refuses an unknown id', async () => {
    const at = ['--la', '999', '--from', '2024-04-01'];
    const set = await runOutturn(
      ['spc', 'recalculate', 'referrals', ...at, '--reason', 'New front door'],
      env,
    );
    expect(set.stderr).toContain('SPC limits of referrals are worked out afresh from 2024-04-01');
    expect(set.code).toBe(0);
    const listed = await runOutturn(['spc', 'list', '--la', '999', '--format', 'json'], env);
    expect(JSON.parse(listed.stdout)).toMatchObject([
      { indicatorId: 'referrals', from: '2024-04-01', reason: 'New front door' },
    ]);
    const removed = await runOutturn(['spc', 'remove', 'referrals', ...at], env);
    expect(removed.code).toBe(0);
    const unknown = await runOutturn(
      ['spc', 'recalculate', 'no_such_id', ...at, '--reason', 'x'],
      env,
    );
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('no_such_id is not an indicator of council 999');
  }, 180_000);

  it('refuses a folder of files that are not DfE statistics, naming the file, before opening the database', async () => {
    const folder = path.join(work, 'not-dfe');
    await import('node:fs/promises').then((fs) => fs.mkdir(folder));
    await writeFile(path.join(folder, 'budget.csv'), 'Cost centre,Amount\r\nA,1\r\n');
    const r = await runOutturn(['benchmarks', folder], env);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('benchmarks rejected');
    expect(r.stderr).toContain('budget.csv');
    expect(r.stderr).not.toContain('opening the database');
  }, 60_000);
});

async function snapshot() {
  const store = await openStore({
    dataDir: env.OUTTURN_DATA_DIR!,
    ...(env.DATABASE_URL ? { databaseUrl: env.DATABASE_URL } : {}),
  });
  try {
    return {
      counts: await countRecords(store.db, '999'),
      uploads: (await listUploads(store.db, '999')).length,
    };
  } finally {
    await store.close();
  }
}
