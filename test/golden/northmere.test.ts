/**
 * Golden file over a whole synthetic council: Northmere's Annex A folder → every child-level
 * series, every window kind, as test/golden/northmere/expected.json holds them. Files and
 * database must give the same figures: the store's series are compared with the same file.
 * Update procedure: CONTRIBUTING.md, "Golden files".
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WINDOW_KINDS } from '../../src/domain/index.ts';
import { checkGolden, type GoldenDoc } from './golden-file.ts';
import {
  CHILD_LEVEL_IDS,
  EXPECTED_FILE,
  type Northmere,
  throughCompute,
  throughStore,
  writeNorthmere,
} from './northmere.ts';

let northmere: Northmere;

beforeAll(async () => {
  northmere = await writeNorthmere(await mkdtemp(path.join(tmpdir(), 'outturn-golden-')));
});

afterAll(async () => {
  if (northmere) await rm(northmere.folder, { recursive: true, force: true });
});

describe('golden file: Northmere, three financial years', () => {
  it('outturn compute on the folder gives the expected series', async () => {
    const actual = await throughCompute(northmere);
    await checkGolden(EXPECTED_FILE, actual, {
      changedName: 'expected-changed.json',
      mayUpdate: true,
    });
  }, 180_000);

  it('covers every child-level id of the catalogue and every window kind', async () => {
    const expected = JSON.parse(await readFile(EXPECTED_FILE, 'utf8')) as GoldenDoc;
    expect(expected.indicators.map((s) => s.id)).toEqual(CHILD_LEVEL_IDS);
    const kinds = new Set(expected.indicators.flatMap((s) => s.points.map((p) => p.window)));
    expect([...kinds].sort()).toEqual([...WINDOW_KINDS].sort());
    expect(expected.indicators.filter((s) => s.points.length === 0)).toEqual([]);
    expect(expected.indicators.flatMap((s) => s.points).some((p) => p.partial)).toBe(true);
  });

  it('the same files imported into the store give the same series (the dashboard)', async () => {
    const actual = await throughStore(northmere);
    await checkGolden(EXPECTED_FILE, actual, {
      changedName: 'store-changed.json',
      mayUpdate: false,
    });
  }, 180_000);
});
