import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { SuppliedValue } from '../ingest/index.ts';
import { createUpload, listUploads, loadCoverage, upsertLa } from './index.ts';
import { loadSuppliedValues, mergeSuppliedValues } from './supplied.ts';
import { suppliedSeries } from './supplied-series.ts';
import { emptyTestStore, openTestStore, type TestStore } from './testing.ts';

const LA = '999';

function value(extra: Partial<SuppliedValue> = {}): SuppliedValue {
  return {
    indicatorId: 'ascof_2b1_at_home_91_days_pct',
    window: 'year',
    period: '2024-25',
    start: '2024-04-01',
    end: '2025-03-31',
    value: 75,
    numerator: 3,
    denominator: 4,
    base: null,
    ci: null,
    note: null,
    ...extra,
  };
}

const survey = value({
  indicatorId: 'asc_survey_control_daily_life_pct',
  value: 77.3,
  numerator: null,
  denominator: null,
  base: 375,
  ci: { lower: 73.1, upper: 81.5 },
  note: 'Fewer respondents than last year',
});

async function upload(db: TestStore['db']): Promise<number> {
  return createUpload(db, {
    la: LA,
    createdBy: 'tester',
    fileName: 'values.csv',
    fileHash: '0'.repeat(64),
    format: 'supplied-csv',
    asAt: '2025-03-31',
    coversFrom: '2024-04-01',
    counts: {},
    issues: [],
  });
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

describe('mergeSuppliedValues(db, la, values, uploadId)', () => {
  it('inserts new values, and loadSuppliedValues gives them back exactly', async () => {
    const id = await upload(store.db);
    const q1 = value({ window: 'quarter', period: '2024-25 Q1', end: '2024-06-30', value: 80 });
    const counts = await mergeSuppliedValues(store.db, LA, [value(), survey, q1], id);
    expect(counts).toEqual({ inserted: 3, updated: 0, unchanged: 0 });
    // By indicator id bytewise ("asc_" before "asco"), then end date: Q1 before the year.
    expect(await loadSuppliedValues(store.db, LA)).toEqual([survey, q1, value()]);
  });

  it('overwrites values that differ, leaves identical ones, and keeps their upload', async () => {
    const first = await upload(store.db);
    await mergeSuppliedValues(store.db, LA, [value(), survey], first);
    const second = await upload(store.db);
    const revised = value({ value: 50, numerator: 2 });
    const counts = await mergeSuppliedValues(store.db, LA, [revised, survey], second);
    expect(counts).toEqual({ inserted: 0, updated: 1, unchanged: 1 });
    expect(await loadSuppliedValues(store.db, LA)).toEqual([survey, revised]);
    const rows = await store.db
      .selectFrom('supplied_value')
      .select(['indicator_id', 'upload_id'])
      .execute();
    expect(rows).toHaveLength(2);
    expect(rows).toEqual(
      expect.arrayContaining([
        { indicator_id: 'ascof_2b1_at_home_91_days_pct', upload_id: second },
        { indicator_id: 'asc_survey_control_daily_life_pct', upload_id: first },
      ]),
    );
  });

  it('keeps the last of values given twice in one call', async () => {
    const id = await upload(store.db);
    const counts = await mergeSuppliedValues(store.db, LA, [value(), value({ value: 60 })], id);
    expect(counts).toEqual({ inserted: 1, updated: 0, unchanged: 0 });
    expect((await loadSuppliedValues(store.db, LA))[0]?.value).toBe(60);
  });

  it("refuses an upload that is not the council's", async () => {
    const id = await upload(store.db);
    await upsertLa(store.db, { code: '888', name: 'Elsewhere' });
    await expect(mergeSuppliedValues(store.db, '888', [value()], id)).rejects.toThrow(
      /not an upload/,
    );
  });

  it('does not let an upload of supplied values change the coverage of records', async () => {
    await upload(store.db);
    expect(await listUploads(store.db, LA)).toHaveLength(1);
    expect(await loadCoverage(store.db, LA)).toBeNull();
  });
});

describe('suppliedSeries(values)', () => {
  it('gives one series per indicator with points by end date then window kind', () => {
    const year = value();
    const q4 = value({ window: 'quarter', period: '2024-25 Q4', start: '2025-01-01', value: 70 });
    const q1 = value({ window: 'quarter', period: '2024-25 Q1', end: '2024-06-30', value: 80 });
    expect(suppliedSeries([year, survey, q4, q1])).toEqual([
      {
        indicatorId: 'ascof_2b1_at_home_91_days_pct',
        points: [
          {
            window: 'quarter',
            period: '2024-25 Q1',
            start: '2024-04-01',
            end: '2024-06-30',
            value: 80,
            numerator: 3,
            denominator: 4,
          },
          {
            window: 'quarter',
            period: '2024-25 Q4',
            start: '2025-01-01',
            end: '2025-03-31',
            value: 70,
            numerator: 3,
            denominator: 4,
          },
          {
            window: 'year',
            period: '2024-25',
            start: '2024-04-01',
            end: '2025-03-31',
            value: 75,
            numerator: 3,
            denominator: 4,
          },
        ],
      },
      {
        indicatorId: 'asc_survey_control_daily_life_pct',
        points: [
          {
            window: 'year',
            period: '2024-25',
            start: '2024-04-01',
            end: '2025-03-31',
            value: 77.3,
            numerator: null,
            denominator: null,
          },
        ],
      },
    ]);
  });
});
