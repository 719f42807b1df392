import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Point } from '../../src/domain/index.ts';
import { checkGolden, formatGolden, type GoldenDoc } from './golden-file.ts';

const month = (period: string, value: number | null): Point => ({
  window: 'month',
  period,
  start: `${period}-01`,
  end: `${period}-28`,
  value,
  numerator: value,
  denominator: null,
});

const doc = (values: (number | null)[], extraId?: string): GoldenDoc => ({
  input: { seed: 1 },
  issues: [],
  indicators: [
    { id: 'referrals', points: values.map((v, k) => month(`2024-0${k + 1}`, v)) },
    ...(extraId ? [{ id: extraId, points: [month('2024-01', 1)] }] : []),
  ],
});

let dir = '';
let expectedFile = '';
const env = { update: process.env.OUTTURN_UPDATE_GOLDEN, ci: process.env.CI };
const exists = (file: string) =>
  stat(file).then(
    () => true,
    () => false,
  );

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'outturn-golden-file-'));
  expectedFile = path.join(dir, 'expected.json');
  await writeFile(expectedFile, formatGolden(doc([3, 4, 5])));
  delete process.env.OUTTURN_UPDATE_GOLDEN;
  delete process.env.CI;
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
  for (const [name, value] of [
    ['OUTTURN_UPDATE_GOLDEN', env.update],
    ['CI', env.ci],
  ] as const) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
});

describe('checkGolden', () => {
  it('passes on the same figures and removes a stale changed file', async () => {
    const changed = path.join(dir, 'expected-changed.json');
    await writeFile(changed, 'old');
    await checkGolden(expectedFile, doc([3, 4, 5]), {
      changedName: 'expected-changed.json',
      mayUpdate: true,
    });
    expect(await exists(changed)).toBe(false);
  });

  it('on a difference, writes the changed file and names the ids and periods', async () => {
    const check = checkGolden(expectedFile, doc([3, 6, 5], 'icpcs'), {
      changedName: 'expected-changed.json',
      mayUpdate: true,
    });
    await expect(check).rejects.toThrow(
      /referrals: 1 points differ \(month 2024-02: 4 \[4\/null\] -> 6 \[6\/null\]\)/,
    );
    await expect(check).rejects.toThrow(/icpcs: 1 points differ \(month 2024-01: added\)/);
    const written = await readFile(path.join(dir, 'expected-changed.json'), 'utf8');
    expect(written).toBe(formatGolden(doc([3, 6, 5], 'icpcs')));
    expect(await readFile(expectedFile, 'utf8')).toBe(formatGolden(doc([3, 4, 5])));
  });

  it('rewrites the expected file only when asked, and never in CI', async () => {
    process.env.OUTTURN_UPDATE_GOLDEN = '1';
    const options = { changedName: 'expected-changed.json', mayUpdate: true };
    await checkGolden(expectedFile, doc([null, 4, 5]), options);
    expect(await readFile(expectedFile, 'utf8')).toBe(formatGolden(doc([null, 4, 5])));
    process.env.CI = 'true';
    await expect(checkGolden(expectedFile, doc([1, 1, 1]), options)).rejects.toThrow(/refused/);
    expect(await readFile(expectedFile, 'utf8')).toBe(formatGolden(doc([null, 4, 5])));
  });

  it('a check that may not update compares even when updating is asked for', async () => {
    process.env.OUTTURN_UPDATE_GOLDEN = '1';
    const options = { changedName: 'store-changed.json', mayUpdate: false };
    await expect(checkGolden(expectedFile, doc([3, 4]), options)).rejects.toThrow(
      /referrals: 1 points differ \(month 2024-03: removed\)/,
    );
  });

  it('formats valid JSON, one point a line', () => {
    const text = formatGolden(doc([3, 4]));
    expect(JSON.parse(text)).toEqual(doc([3, 4]));
    expect(text.split('\n').filter((l) => l.includes('"window"'))).toHaveLength(2);
  });
});
