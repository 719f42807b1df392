import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { dayOf, type Series } from '../domain/index.ts';
import { listFile } from '../ingest/annex-a/test-files.ts';
import { csv, HEADER } from '../ingest/supplied/test-files.ts';
import { importFiles } from './import.ts';
import { importSupplied, type SuppliedImportRequest } from './import-supplied.ts';
import {
  deleteLaData,
  listUploads,
  loadCoverage,
  loadSeries,
  loadSuppliedValues,
} from './index.ts';
import { emptyTestStore, openTestStore, type TestStore } from './testing.ts';

const LA = { code: '999', name: 'Northmere' };
const AT = '2025-07-01T09:00:00.000Z';

const referral = (id: string, date: string) => ({
  'Child Unique ID': id,
  Gender: 'a) Male',
  Ethnicity: 'WBRI',
  'Date of Birth': '01/01/2015',
  'Date of referral': date,
  'Referral NFA?': 'b) No',
});
const first = [referral('C1', '02/05/2024'), referral('C2', '10/06/2024')];
/** The first extract, and a later one with one more referral (1 July 2024, in Q2). */
const annexA = [listFile(3, first), listFile(3, [...first, referral('C3', '01/07/2024')])];

async function importAnnexA(extract: 0 | 1) {
  const result = await importFiles(store.db, {
    la: LA,
    files: [annexA[extract]!],
    asAt: dayOf(2025, 6, 30),
    from: dayOf(2024, 4, 1),
    createdBy: 'tester',
    at: AT,
  });
  expect(result).toMatchObject({ ok: true, uploadId: expect.any(Number) });
}

const values = csv(
  'asc.csv',
  HEADER,
  'asc_survey_control_daily_life_pct,2024/25,77.3,,,375,73.1,81.5,',
  'enablement_clients,Q1 2024-25,310,,,,,,',
  'enablement_clients,2024-25 Q2,,295,,,,,',
);

function supplied(extra: Partial<SuppliedImportRequest> = {}) {
  return importSupplied(store.db, {
    la: LA,
    files: [values],
    createdBy: 'tester',
    at: AT,
    ...extra,
  });
}

function pointOf(series: Series[], id: string, period: string) {
  return series.find((s) => s.indicatorId === id)?.points.find((p) => p.period === period);
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
});

describe('importSupplied(db, request)', () => {
  it('stores the values and shows them as series points, with the counts of the merge', async () => {
    const result = await supplied();
    expect(result).toMatchObject({ ok: true, counts: { inserted: 3, updated: 0, unchanged: 0 } });
    const series = await loadSeries(store.db, LA.code);
    expect(series.find((s) => s.indicatorId === 'enablement_clients')?.points).toEqual([
      {
        window: 'quarter',
        period: '2024-25 Q1',
        start: '2024-04-01',
        end: '2024-06-30',
        value: 310,
        numerator: 310,
        denominator: null,
      },
      {
        window: 'quarter',
        period: '2024-25 Q2',
        start: '2024-07-01',
        end: '2024-09-30',
        value: 295,
        numerator: 295,
        denominator: null,
      },
    ]);
    expect(pointOf(series, 'asc_survey_control_daily_life_pct', '2024-25')?.value).toBe(77.3);
    const [upload] = await listUploads(store.db, LA.code);
    expect(upload).toMatchObject({
      format: 'supplied-csv',
      coversFrom: '2024-04-01',
      asAt: '2025-03-31',
    });
  });

  it('keeps supplied series through Annex A imports, and computed series through supplied ones', async () => {
    await importAnnexA(0);
    const coverage = await loadCoverage(store.db, LA.code);
    await supplied();
    let series = await loadSeries(store.db, LA.code);
    expect(pointOf(series, 'referrals', '2024-25')?.value).toBe(2);
    expect(pointOf(series, 'enablement_clients', '2024-25 Q1')?.value).toBe(310);
    await importAnnexA(1);
    series = await loadSeries(store.db, LA.code);
    expect(pointOf(series, 'referrals', '2024-25')?.value).toBe(3);
    expect(pointOf(series, 'enablement_clients', '2024-25 Q1')?.value).toBe(310);
    expect(pointOf(series, 'enablement_clients', '2024-25 Q2')?.value).toBe(295);
    expect(pointOf(series, 'asc_survey_control_daily_life_pct', '2024-25')?.value).toBe(77.3);
    expect(await loadCoverage(store.db, LA.code)).toEqual(coverage);
  });

  it('rejects values for a computed indicator, and writes nothing, unless told to override', async () => {
    await importAnnexA(0);
    const override = csv('ovr.csv', HEADER, 'referrals,2024-25,40,,,,,,');
    const refused = await supplied({ files: [override] });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.issues[0]?.message).toContain('override option');
    expect(await listUploads(store.db, LA.code)).toHaveLength(1);
    expect(await loadSuppliedValues(store.db, LA.code)).toEqual([]);

    expect((await supplied({ files: [override], allowOverride: true })).ok).toBe(true);
    await importAnnexA(1);
    const series = await loadSeries(store.db, LA.code);
    // The year stays overridden (the records now give 3); the quarters are computed.
    expect(pointOf(series, 'referrals', '2024-25')).toMatchObject({ value: 40, numerator: 40 });
    expect(pointOf(series, 'referrals', '2024-25 Q1')).toMatchObject({ value: 2, numerator: 2 });
    expect(pointOf(series, 'referrals', '2024-25 Q2')).toMatchObject({ value: 1, numerator: 1 });
  });

  it('updates a value a later upload revises, and deleteLaData removes supplied values', async () => {
    await supplied();
    const revised = csv('asc2.csv', HEADER, 'enablement_clients,2024-25 Q1,320,,,,,,');
    const result = await supplied({ files: [revised] });
    expect(result).toMatchObject({ ok: true, counts: { inserted: 0, updated: 1, unchanged: 0 } });
    const series = await loadSeries(store.db, LA.code);
    expect(pointOf(series, 'enablement_clients', '2024-25 Q1')?.value).toBe(320);
    expect(pointOf(series, 'enablement_clients', '2024-25 Q2')?.value).toBe(295);
    await deleteLaData(store.db, LA.code);
    expect(await loadSuppliedValues(store.db, LA.code)).toEqual([]);
  });
});
