import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dayOf, type ImportProgress } from '../domain/index.ts';
import { listFile } from '../ingest/annex-a/test-files.ts';
import { type ImportRequest, importFiles } from './import.ts';
import { countRecords, listUploads, loadSeries } from './index.ts';
import { openTestStore, type TestStore } from './testing.ts';
import { fileHash, loadUploadFiles } from './upload-files.ts';

const child = (id: string) => ({
  'Child Unique ID': id,
  Gender: 'a) Male',
  Ethnicity: 'WBRI',
  'Date of Birth': '01/01/2015',
});
const referral = (id: string, date: string) => ({
  ...child(id),
  'Date of referral': date,
  'Referral NFA?': 'b) No',
});

const good = listFile(3, [
  referral('C1', '02/05/2024'),
  referral('C1', '02/05/2025'),
  referral('C2', '10/06/2024'),
]);
const bad = listFile(3, [referral('C3', '31/06/2024')], 'List 3 bad.csv');

function request(files: ImportRequest['files'], extra: Partial<ImportRequest> = {}): ImportRequest {
  return {
    la: { code: '999', name: 'Northmere' },
    files,
    asAt: dayOf(2025, 6, 30),
    from: dayOf(2024, 4, 1),
    createdBy: 'tester',
    at: '2025-07-01T09:00:00.000Z',
    ...extra,
  };
}

let store: TestStore;
beforeEach(async () => {
  store = await openTestStore();
});
afterEach(async () => {
  await store.dispose();
});

async function state() {
  return {
    counts: await countRecords(store.db, '999'),
    uploads: (await listUploads(store.db, '999')).length,
    series: await loadSeries(store.db, '999'),
  };
}

describe('importFiles(db, request)', () => {
  it('merges the records and stores series computed from them', async () => {
    const result = await importFiles(store.db, request([good]));
    expect(result.ok).toBe(true);
    const series = await loadSeries(store.db, '999');
    const referrals = series.find((s) => s.indicatorId === 'referrals')!;
    const year = referrals.points.find((p) => p.period === '2024-25')!;
    expect(year).toMatchObject({ value: 2, numerator: 2 });
    const rereferrals = series.find((s) => s.indicatorId === 'rereferrals_12m_pct')!;
    // 2 May 2025 is exactly 12 months after 2 May 2024: a re-referral.
    expect(rereferrals.points.find((p) => p.period === '2025-26 Q1')).toMatchObject({
      numerator: 1,
      denominator: 1,
      value: 100,
    });
  });

  it('rejects files with errors and leaves the database exactly as it was', async () => {
    await importFiles(store.db, request([good]));
    const before = await state();
    const result = await importFiles(store.db, request([good, bad]));
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.issues[0]).toMatchObject({
        file: 'List 3 bad.csv',
        row: 2,
        column: 'Date of referral',
        value: '31/06/2024',
      });
    expect(await state()).toEqual(before);
  });

  it('changes nothing, not even the history, when the same file is imported again', async () => {
    const first = await importFiles(store.db, request([good]));
    const before = await state();
    const again = await importFiles(store.db, request([good]));
    expect(again).toEqual({
      ok: true,
      repeatOf: first.ok && 'uploadId' in first ? first.uploadId : -1,
    });
    expect(await state()).toEqual(before);
  });

  it('leaves every record unchanged when another extract holds the same records', async () => {
    await importFiles(store.db, request([good]));
    const same = listFile(3, [
      referral('C2', '10/06/2024'),
      referral('C1', '02/05/2024'),
      referral('C1', '02/05/2025'),
    ]);
    const again = await importFiles(store.db, request([same]));
    expect(again.ok && 'counts' in again && again.counts.referrals).toEqual({
      inserted: 0,
      updated: 0,
      unchanged: 3,
    });
  });

  it('keeps each file of an upload with its sha256, format, list and rows', async () => {
    const result = await importFiles(store.db, request([good]));
    const files = await loadUploadFiles(store.db, '999');
    expect(files.get(result.ok && 'uploadId' in result ? result.uploadId : -1)).toEqual([
      { name: 'List 3.csv', hash: fileHash(good), format: 'annex-a-csv', part: 'List 3', rows: 3 },
    ]);
  });

  it('tells its progress: bytes read, records merged list by list, then each computing step', async () => {
    const heard: ImportProgress[] = [];
    await importFiles(store.db, request([good], { onProgress: (p) => heard.push(p) }));
    const bytes = good.bytes.length;
    const reading = { phase: 'reading', item: 'List 3.csv', total: bytes, unit: 'bytes' };
    const merging = { phase: 'merging', total: 5, unit: 'records' }; // 2 children, 3 referrals
    const computing = { phase: 'computing', total: 3, unit: 'steps' };
    expect(heard).toEqual([
      { ...reading, done: 0 },
      { ...reading, done: bytes },
      { ...merging, item: 'children', done: 0 },
      { ...merging, item: 'referrals', done: 2 },
      { ...merging, done: 5 },
      { ...computing, item: 'loading records', done: 0 },
      { ...computing, item: 'computing indicators', done: 1 },
      { ...computing, item: 'storing series', done: 2 },
      { ...computing, done: 3 },
    ]);
  });

  it('rolls everything back when the import fails half-way', async () => {
    await importFiles(store.db, request([good]));
    const before = await state();
    const later = listFile(3, [referral('C9', '01/06/2025')]);
    const crash = (progress: ImportProgress) => {
      if (progress.phase === 'computing') throw new Error('crash half-way');
    };
    await expect(importFiles(store.db, request([later], { onProgress: crash }))).rejects.toThrow(
      'crash half-way',
    );
    expect(await state()).toEqual(before);
  });
});
