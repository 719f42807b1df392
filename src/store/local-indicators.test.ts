import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { IndicatorDefinition } from '../domain/index.ts';
import { upsertLa } from './index.ts';
import {
  everLocalIds,
  loadLocalIndicatorHistory,
  loadLocalIndicators,
  retireLocalIndicator,
  setLocalIndicators,
} from './local-indicators.ts';
import { emptyTestStore, openTestStore, type TestStore } from './testing.ts';

const LA = '999';

function neglect(title = 'Children on a plan for neglect'): IndicatorDefinition {
  return {
    id: 'cpp_open_neglect',
    title,
    description: "Plans open at the window's end whose latest category is neglect.",
    unit: 'count',
    polarity: 'neutral',
    kind: 'snapshot',
    source: 'child-level',
    basis: 'local',
    rule: {
      list: 'cpPlans',
      open: { start: 'startDate', end: 'endDate' },
      where: [{ field: 'latestCategory', is: ['NEG'] }],
    },
  };
}

const policeNfa: IndicatorDefinition = {
  id: 'police_nfa_pct',
  title: 'Police referrals with no further action',
  description: 'Of referrals from the police, those marked NFA.',
  unit: 'percent',
  polarity: 'neutral',
  kind: 'flow',
  source: 'child-level',
  basis: 'local',
  rule: {
    list: 'referrals',
    date: 'referralDate',
    where: [{ field: 'source', is: ['Police'] }],
    hit: [{ field: 'nfa', is: [true] }],
  },
};

const meta = (at: string, reason: string) => ({ setBy: 'analyst', at, reason });

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
  await upsertLa(store.db, { code: '888', name: 'Elsewhere' });
});

describe('local indicators in the store', () => {
  it('gives back the definitions exactly, by id, for their council only', async () => {
    await setLocalIndicators(
      store.db,
      LA,
      [policeNfa, neglect()],
      meta('2026-11-01T10:00:00Z', 'new'),
    );
    expect(await loadLocalIndicators(store.db, LA)).toEqual([neglect(), policeNfa]);
    expect(await loadLocalIndicators(store.db, '888')).toEqual([]);
  });

  it('keeps the latest change in force and every change as history', async () => {
    await setLocalIndicators(store.db, LA, [neglect()], meta('2026-11-01T10:00:00Z', 'new'));
    const renamed = neglect('Plans for neglect');
    await setLocalIndicators(
      store.db,
      LA,
      [renamed],
      meta('2026-11-02T10:00:00Z', 'clearer title'),
    );
    expect(await loadLocalIndicators(store.db, LA)).toEqual([renamed]);
    const history = await loadLocalIndicatorHistory(store.db, LA);
    expect(history.map((h) => [h.definition?.title, h.setAt, h.reason])).toEqual([
      ['Children on a plan for neglect', '2026-11-01T10:00:00.000Z', 'new'],
      ['Plans for neglect', '2026-11-02T10:00:00.000Z', 'clearer title'],
    ]);
  });

  it('retires an id: no longer in force, still in history and among the ids ever used', async () => {
    await setLocalIndicators(
      store.db,
      LA,
      [neglect(), policeNfa],
      meta('2026-11-01T10:00:00Z', 'new'),
    );
    await retireLocalIndicator(
      store.db,
      LA,
      'police_nfa_pct',
      meta('2026-11-03T09:00:00Z', 'dropped'),
    );
    expect(await loadLocalIndicators(store.db, LA)).toEqual([neglect()]);
    expect(await everLocalIds(store.db, LA)).toEqual(['cpp_open_neglect', 'police_nfa_pct']);
    const last = (await loadLocalIndicatorHistory(store.db, LA)).at(-1);
    expect(last).toMatchObject({
      indicatorId: 'police_nfa_pct',
      definition: null,
      reason: 'dropped',
    });
  });
});
