import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { mergeRows } from './bulk-merge.ts';
import { LA, upload } from './contract-fixtures.ts';
import { createUpload, inTransaction, upsertLa } from './index.ts';
import { RECORD_MAPPINGS } from './record-mappers.ts';
import { emptyTestStore, openTestStore, type TestStore } from './testing.ts';

const contacts = RECORD_MAPPINGS.contacts;
type Row = { child_id: string; contact_date: string; source: string | null };

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

async function merge(rows: Row[], statements: 'merge' | 'update-insert') {
  const uploadId = await createUpload(store.db, upload());
  const result = await inTransaction(store.db, (trx) =>
    mergeRows(trx, contacts, LA, uploadId, rows, statements),
  );
  return { uploadId, result };
}

async function stored() {
  return store.db
    .selectFrom('contact')
    .select(['child_id', 'contact_date', 'source', 'upload_id'])
    .orderBy('child_id')
    .orderBy('contact_date')
    .execute();
}

describe.each(['merge', 'update-insert'] as const)('mergeRows with %s statements', (kind) => {
  it('inserts into an empty table, then updates, inserts and leaves rows as an extract says', async () => {
    const first = await merge(
      [
        { child_id: 'A', contact_date: '2024-01-01', source: 'police' },
        { child_id: 'B', contact_date: '2024-01-02', source: null },
        { child_id: 'C', contact_date: '2024-01-03', source: 'school' },
      ],
      kind,
    );
    expect(first.result).toEqual({ inserted: 3, updated: 0, unchanged: 0, untouched: 'none' });
    const second = await merge(
      [
        { child_id: 'A', contact_date: '2024-01-01', source: 'police' },
        { child_id: 'B', contact_date: '2024-01-02', source: 'health' },
        { child_id: 'D', contact_date: '2024-01-04', source: null },
      ],
      kind,
    );
    expect(second.result).toEqual({ inserted: 1, updated: 1, unchanged: 1, untouched: 'staged' });
    expect(await stored()).toEqual([
      { child_id: 'A', contact_date: '2024-01-01', source: 'police', upload_id: first.uploadId },
      { child_id: 'B', contact_date: '2024-01-02', source: 'health', upload_id: second.uploadId },
      { child_id: 'C', contact_date: '2024-01-03', source: 'school', upload_id: first.uploadId },
      { child_id: 'D', contact_date: '2024-01-04', source: null, upload_id: second.uploadId },
    ]);
    const third = await merge(
      [
        { child_id: 'A', contact_date: '2024-01-01', source: 'police' },
        { child_id: 'B', contact_date: '2024-01-02', source: 'health' },
        { child_id: 'C', contact_date: '2024-01-03', source: 'school' },
        { child_id: 'D', contact_date: '2024-01-04', source: null },
      ],
      kind,
    );
    expect(third.result).toEqual({ inserted: 0, updated: 0, unchanged: 4, untouched: 'none' });
  });
});
