import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { upsertLa } from './index.ts';
import { addRecalculation, loadRecalculations, removeRecalculation } from './spc-recalculation.ts';
import { emptyTestStore, openTestStore, type TestStore } from './testing.ts';

let store: TestStore;
beforeAll(async () => {
  store = await openTestStore();
});
afterAll(async () => {
  await store.dispose();
});
beforeEach(async () => {
  await emptyTestStore(store.db);
  await upsertLa(store.db, { code: '999', name: 'Northmere' });
});

const r = (indicatorId: string, from: string) => ({
  indicatorId,
  from,
  reason: 'new front door',
  setBy: 'analyst',
  at: '2026-11-22T10:00:00Z',
});

describe('SPC recalculation dates', () => {
  it('keeps each date once, in order, with who stated it and why; removes one on asking', async () => {
    await addRecalculation(store.db, '999', r('referrals', '2025-04-01'));
    await addRecalculation(store.db, '999', r('contacts', '2024-09-01'));
    await addRecalculation(store.db, '999', r('referrals', '2023-04-01'));
    await addRecalculation(store.db, '999', r('referrals', '2025-04-01'));
    const all = await loadRecalculations(store.db, '999');
    expect(all.map((x) => [x.indicatorId, x.from])).toEqual([
      ['contacts', '2024-09-01'],
      ['referrals', '2023-04-01'],
      ['referrals', '2025-04-01'],
    ]);
    expect(all[0]).toMatchObject({ reason: 'new front door', setBy: 'analyst' });
    expect(await removeRecalculation(store.db, '999', 'referrals', '2023-04-01')).toBe(true);
    expect(await removeRecalculation(store.db, '999', 'referrals', '2023-04-01')).toBe(false);
    expect(await loadRecalculations(store.db, '999')).toHaveLength(2);
  });
});
