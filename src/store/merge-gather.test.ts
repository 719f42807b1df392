import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { dayOf, type RecordSet } from '../domain/index.ts';
import { listFile } from '../ingest/annex-a/test-files.ts';
import { counts, LA, sampleRecords, upload } from './contract-fixtures.ts';
import { importFiles, recompute } from './import.ts';
import { createUpload, inTransaction, loadRecords, loadSeries, upsertLa } from './index.ts';
import { mergeRecordsGathering } from './records.ts';
import { emptyTestStore, openTestStore, type TestStore } from './testing.ts';

/** Each list's records as sorted JSON lines: the same set whatever the order. */
function asSets(records: RecordSet): Record<string, string[]> {
  return Object.fromEntries(
    Object.entries(records).map(([list, items]) => [
      list,
      (items as unknown[]).map((item) => JSON.stringify(item)).sort(),
    ]),
  );
}

let store: TestStore;
beforeAll(async () => {
  store = await openTestStore();
});
afterAll(async () => {
  await store.dispose();
});
beforeEach(async () => {
  await emptyTestStore(store.db);
  await upsertLa(store.db, { code: LA, name: 'Northmere' });
});

async function gather(records: RecordSet) {
  const uploadId = await createUpload(store.db, upload());
  return mergeRecordsGathering(store.db, LA, records, uploadId, { gather: true });
}

describe('mergeRecordsGathering(db, la, records, uploadId, { gather: true })', () => {
  it('gives, for a council with no records yet, exactly what loadRecords then reads', async () => {
    const merged = await gather(sampleRecords());
    expect(merged.counts.contacts).toEqual(counts(2, 0, 0));
    expect(asSets(merged.records!)).toEqual(asSets(await loadRecords(store.db, LA)));
  });

  it('gives the merged records and the untouched ones after an overlapping extract', async () => {
    await gather(sampleRecords());
    const later = sampleRecords();
    const [first, second] = later.contacts;
    // One contact changed, one left out (untouched in the store), one new, with awkward text.
    later.contacts = [
      { ...first!, source: 'school "Ash, \\ Elm" — é' },
      { childId: 'C2', contactDate: dayOf(2024, 4, 1), source: null },
    ];
    later.referrals = [];
    const merged = await gather(later);
    expect(merged.counts.contacts).toEqual(counts(1, 1, 0));
    expect(merged.counts.referrals).toEqual(counts(0, 0, 0));
    const stored = await loadRecords(store.db, LA);
    expect(stored.contacts).toContainEqual(second);
    expect(stored.referrals.length).toBeGreaterThan(0);
    expect(asSets(merged.records!)).toEqual(asSets(stored));
  });

  it('gives no records when not asked to gather', async () => {
    const uploadId = await createUpload(store.db, upload());
    const merged = await mergeRecordsGathering(store.db, LA, sampleRecords(), uploadId, {
      gather: false,
    });
    expect(merged.records).toBeNull();
  });
});

describe('importFiles recomputing from the gathered records', () => {
  const child = { Gender: 'a) Male', Ethnicity: 'WBRI', 'Date of Birth': '01/01/2015' };
  const referral = (id: string, date: string, nfa = 'b) No') => ({
    'Child Unique ID': id,
    ...child,
    'Date of referral': date,
    'Referral NFA?': nfa,
  });

  it('stores the series a recompute from the database gives, after a first and an overlapping import', async () => {
    const request = (rows: Record<string, string>[], name: string) => ({
      la: { code: LA, name: 'Northmere' },
      files: [listFile(3, rows, name)],
      asAt: dayOf(2025, 6, 30),
      from: dayOf(2024, 4, 1),
      createdBy: 'tester',
      at: '2025-07-01T09:00:00.000Z',
    });
    const first = [referral('C1', '02/05/2024'), referral('C2', '10/06/2024')];
    expect((await importFiles(store.db, request(first, 'List 3 May.csv'))).ok).toBe(true);
    const later = [referral('C1', '02/05/2024', 'a) Yes'), referral('C1', '02/05/2025')];
    expect((await importFiles(store.db, request(later, 'List 3 June.csv'))).ok).toBe(true);
    const imported = await loadSeries(store.db, LA);
    await inTransaction(store.db, (trx) => recompute(trx, LA, '2025-07-01T09:00:00.000Z'));
    expect(await loadSeries(store.db, LA)).toEqual(imported);
    const referrals = imported.find((s) => s.indicatorId === 'referrals');
    expect(referrals?.points.find((p) => p.period === '2024-25')?.value).toBe(2);
  });
});
