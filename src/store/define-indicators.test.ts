import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { dayOf } from '../domain/index.ts';
import { listFile, textFile } from '../ingest/annex-a/test-files.ts';
import { defineLocalIndicators, retireLocal } from './define-indicators.ts';
import { importFiles } from './import.ts';
import { loadSeries } from './index.ts';
import { loadLocalIndicatorHistory, loadLocalIndicators } from './local-indicators.ts';
import { emptyTestStore, openTestStore, type TestStore } from './testing.ts';

const LA = '999';
const referral = (id: string, date: string, nfa: string, source: string) => ({
  'Child Unique ID': id,
  Gender: 'a) Male',
  Ethnicity: 'WBRI',
  'Date of Birth': '01/01/2015',
  'Date of referral': date,
  'Referral Source': source,
  'Referral NFA?': nfa,
});

const referrals = listFile(3, [
  referral('C1', '02/05/2024', 'a) Yes', '1B'),
  referral('C2', '10/05/2024', 'b) No', '1B'),
  referral('C3', '12/05/2024', 'a) Yes', '2A'),
  referral('C4', '03/06/2024', 'a) Yes', '1B'),
]);

const POLICE_NFA = {
  id: 'police_referrals_nfa_pct',
  title: 'Police referrals with no further action',
  description: 'Of referrals from the police in the window, those marked NFA.',
  unit: 'percent',
  polarity: 'neutral',
  rule: {
    list: 'referrals',
    date: 'referralDate',
    where: [{ field: 'source', is: ['1B'] }],
    hit: [{ field: 'nfa', is: [true] }],
  },
};

const file = (json: unknown) => textFile('local.json', JSON.stringify(json));
const meta = { la: LA, setBy: 'analyst', at: '2024-07-01T09:00:00.000Z', reason: 'police pilot' };

async function localSeries() {
  const series = await loadSeries(store.db, LA);
  return series.find((s) => s.indicatorId === 'police_referrals_nfa_pct');
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
  const imported = await importFiles(store.db, {
    la: { code: LA, name: 'Northmere' },
    files: [referrals],
    asAt: dayOf(2024, 6, 30),
    from: dayOf(2024, 4, 1),
    createdBy: 'tester',
    at: '2024-07-01T08:00:00.000Z',
  });
  expect(imported.ok).toBe(true);
});

describe('defineLocalIndicators', () => {
  it('stores the definitions and computes their series from the stored records', async () => {
    const result = await defineLocalIndicators(store.db, {
      ...meta,
      file: file({ indicators: [POLICE_NFA] }),
    });
    expect(result).toMatchObject({ ok: true, recomputed: true });
    const may = (await localSeries())?.points.find((p) => p.period === '2024-05');
    expect(may).toMatchObject({ value: 50, numerator: 1, denominator: 2 });
    expect((await loadLocalIndicators(store.db, LA)).map((d) => d.id)).toEqual([
      'police_referrals_nfa_pct',
    ]);
  });

  it('keeps its series through a later import', async () => {
    await defineLocalIndicators(store.db, { ...meta, file: file({ indicators: [POLICE_NFA] }) });
    const later = listFile(3, [referral('C5', '20/05/2024', 'a) Yes', '1B')], 'later.csv');
    await importFiles(store.db, {
      la: { code: LA, name: 'Northmere' },
      files: [later],
      asAt: dayOf(2024, 6, 30),
      createdBy: 'tester',
      at: '2024-07-02T08:00:00.000Z',
    });
    const may = (await localSeries())?.points.find((p) => p.period === '2024-05');
    expect(may).toMatchObject({ numerator: 2, denominator: 3 });
  });

  it('refuses a file with problems and changes nothing', async () => {
    const before = await loadSeries(store.db, LA);
    const bad = { ...POLICE_NFA, rule: { ...POLICE_NFA.rule, date: 'referralDay' } };
    const result = await defineLocalIndicators(store.db, {
      ...meta,
      file: file({ indicators: [bad] }),
    });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.issues[0]).toMatchObject({
      file: 'local.json',
      column: 'indicators[0].rule.date',
      value: 'referralDay',
    });
    expect(await loadSeries(store.db, LA)).toEqual(before);
    expect(await loadLocalIndicatorHistory(store.db, LA)).toEqual([]);
  });
});

describe('retireLocal', () => {
  it('removes the series and keeps the history', async () => {
    await defineLocalIndicators(store.db, { ...meta, file: file({ indicators: [POLICE_NFA] }) });
    const retired = await retireLocal(store.db, { ...meta, id: 'police_referrals_nfa_pct' });
    expect(retired).toEqual({ ok: true, recomputed: true });
    expect(await localSeries()).toBeUndefined();
    expect(await loadLocalIndicatorHistory(store.db, LA)).toHaveLength(2);
  });

  it('says so when the id is not a local indicator of the council', async () => {
    const retired = await retireLocal(store.db, { ...meta, id: 'referrals' });
    expect(retired).toEqual({ ok: false, message: 'referrals is not a local indicator of 999' });
  });
});
