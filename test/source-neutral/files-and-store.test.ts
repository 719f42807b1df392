/**
 * Files or database: one folder holding the hand-made children in all three formats (Annex A,
 * CIN census, SSDA903) gives the same series from `outturn compute` as from an import of it
 * into the store (what the dashboard shows) — every child-level id, every window.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeFromFiles } from '../../src/cli/compute.ts';
import { readSourceFiles } from '../../src/cli/files.ts';
import { parseIsoDay } from '../../src/domain/index.ts';
import type { SourceFile } from '../../src/ingest/index.ts';
import { importFiles, loadSeries } from '../../src/store/index.ts';
import { openTestStore, type TestStore } from '../../src/store/testing.ts';
import { canonicalSeries } from '../golden/golden-file.ts';
import { CHILD_LEVEL_IDS } from '../golden/northmere.ts';
import { AS_AT, FROM } from './children.ts';
import { annexAFiles } from './write-annex-a.ts';
import { cinCensusFiles } from './write-cin-census.ts';
import { ssda903Files } from './write-ssda903.ts';

const [from, asAt] = [parseIsoDay(FROM)!, parseIsoDay(AS_AT)!];
let folder = '';
let store: TestStore | null = null;

beforeAll(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'outturn-source-neutral-'));
  const files: SourceFile[] = [...annexAFiles(), ...cinCensusFiles(), ...ssda903Files()];
  for (const f of files) await writeFile(path.join(folder, f.name), f.bytes);
  store = await openTestStore();
});

afterAll(async () => {
  await store?.dispose();
  if (folder) await rm(folder, { recursive: true, force: true });
});

describe('the three formats in one folder', () => {
  it('give the same series from outturn compute and from the store', async () => {
    const computed = await computeFromFiles([folder], { asAt, from, la: null });
    const db = store!.db;
    const imported = await importFiles(db, {
      la: { code: '999', name: 'Northmere' },
      files: await readSourceFiles([folder]),
      asAt,
      from,
      createdBy: 'source-neutral test',
      at: '2025-04-01T09:00:00Z',
    });
    expect(imported.ok).toBe(true);
    const stored = (await loadSeries(db, '999')).map((s) => ({
      id: s.indicatorId,
      points: s.points,
    }));
    const fromFiles = computed.indicators.map(({ id, points }) => ({ id, points }));
    expect(fromFiles.map((s) => s.id)).toEqual(CHILD_LEVEL_IDS);
    expect(canonicalSeries(stored, CHILD_LEVEL_IDS)).toEqual(
      canonicalSeries(fromFiles, CHILD_LEVEL_IDS),
    );
    const referrals = fromFiles.find((s) => s.id === 'referrals')?.points ?? [];
    expect(referrals.find((p) => p.window === 'year' && p.period === '2024-25')?.value).toBe(7);
  });
});
