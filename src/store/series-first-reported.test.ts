/** First-reported figures through replacements, on PGlite or the server. */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Point, Series } from '../domain/index.ts';
import type { SuppliedValue } from '../ingest/index.ts';
import {
  createUpload,
  type Database,
  loadRevisions,
  loadSeries,
  mergeSuppliedValues,
  replaceSeries,
  replaceSeriesFor,
  upsertLa,
  writeSuppliedSeries,
} from './index.ts';
import { emptyTestStore, openTestStore, type TestStore } from './testing.ts';

const LA = '999';
const T1 = '2025-04-10T09:00:00.000Z';
const T2 = '2025-05-10T09:00:00.000Z';
const T3 = '2025-06-10T09:00:00.000Z';

let store: TestStore;
let db: Database;

beforeAll(async () => {
  store = await openTestStore();
  db = store.db;
});
afterAll(() => store.dispose());
beforeEach(async () => {
  await emptyTestStore(db);
  await upsertLa(db, { code: LA, name: 'Northmere' });
});

const year = (value: number | null): Point => ({
  ...{ window: 'year', period: '2024-25', start: '2024-04-01', end: '2025-03-31' },
  ...{ value, numerator: value, denominator: null },
});

function month(value: number, partial: boolean): Point {
  const point: Point = {
    ...{ window: 'month', period: '2025-05', start: '2025-05-01', end: '2025-05-31' },
    ...{ value, numerator: value, denominator: null },
  };
  if (partial)
    Object.assign(point, { partial: true, covers: { start: '2025-05-01', end: '2025-05-10' } });
  return point;
}

const series = (indicatorId: string, ...points: Point[]): Series => ({ indicatorId, points });

describe('first-reported figures', () => {
  it('keeps the figure first stored whole, and loadRevisions lists points changed since', async () => {
    await replaceSeries(db, LA, [series('cpp_open', year(80), month(5, true))], T1);
    expect(await loadRevisions(db, LA)).toEqual([]);
    await replaceSeries(db, LA, [series('cpp_open', year(82), month(7, false))], T2);
    expect(await loadRevisions(db, LA)).toEqual([
      {
        indicatorId: 'cpp_open',
        window: 'year',
        period: '2024-25',
        firstValue: 80,
        firstReportedAt: T1,
      },
    ]);
    await replaceSeries(db, LA, [series('cpp_open', year(80), month(8, false))], T3);
    expect(await loadRevisions(db, LA)).toEqual([
      {
        indicatorId: 'cpp_open',
        window: 'month',
        period: '2025-05',
        firstValue: 7,
        firstReportedAt: T2,
      },
    ]);
  });

  it('leaves loadSeries unchanged: points carry no first-reported fields', async () => {
    await replaceSeries(db, LA, [series('cpp_open', year(80))], T1);
    await replaceSeries(db, LA, [series('cpp_open', year(82))], T2);
    expect(await loadSeries(db, LA)).toEqual([series('cpp_open', year(82))]);
  });

  it('counts a figure that was null, or becomes null, as revised', async () => {
    await replaceSeries(db, LA, [series('cla_rate_per_10k', year(null))], T1);
    await replaceSeries(db, LA, [series('cla_rate_per_10k', year(41.5))], T2);
    expect(await loadRevisions(db, LA, 'cla_rate_per_10k')).toMatchObject([{ firstValue: null }]);
  });

  it('carries a first-reported figure over exactly, at full precision and to the millisecond', async () => {
    await replaceSeries(
      db,
      LA,
      [series('cpp_repeat_pct', year(100 / 3))],
      '2025-04-10T09:00:00.123Z',
    );
    await replaceSeries(db, LA, [series('cpp_repeat_pct', year(33.4))], T2);
    await replaceSeries(db, LA, [series('cpp_repeat_pct', year(33.5))], T3);
    expect(await loadRevisions(db, LA)).toEqual([
      expect.objectContaining({ firstValue: 100 / 3, firstReportedAt: '2025-04-10T09:00:00.123Z' }),
    ]);
  });

  it('replaceSeriesFor keeps the first-reported figures of the indicators it replaces and the rest', async () => {
    await replaceSeries(db, LA, [series('cpp_open', year(80)), series('cla_open', year(40))], T1);
    await replaceSeriesFor(db, LA, ['cpp_open'], [series('cpp_open', year(81))], T2);
    await replaceSeries(db, LA, [series('cpp_open', year(81)), series('cla_open', year(41))], T3);
    expect(await loadRevisions(db, LA)).toEqual([
      {
        indicatorId: 'cla_open',
        window: 'year',
        period: '2024-25',
        firstValue: 40,
        firstReportedAt: T1,
      },
      {
        indicatorId: 'cpp_open',
        window: 'year',
        period: '2024-25',
        firstValue: 80,
        firstReportedAt: T1,
      },
    ]);
    expect(await loadRevisions(db, LA, 'cla_open')).toHaveLength(1);
  });

  it('a supplied value laid over a computed point is a revision of the computed figure', async () => {
    await replaceSeries(db, LA, [series('rereferrals_12m_pct', year(20))], T1);
    const uploadId = await createUpload(db, {
      ...{ la: LA, createdBy: 'tester', fileName: 'values.csv', fileHash: '0'.repeat(64) },
      ...{
        format: 'supplied-csv',
        asAt: '2025-03-31',
        coversFrom: '2024-04-01',
        counts: {},
        issues: [],
      },
    });
    const supplied: SuppliedValue = {
      ...{ indicatorId: 'rereferrals_12m_pct', window: 'year', period: '2024-25' },
      ...{ start: '2024-04-01', end: '2025-03-31', value: 22, numerator: 22, denominator: 100 },
      ...{ base: null, ci: null, note: null },
    };
    await mergeSuppliedValues(db, LA, [supplied], uploadId);
    await writeSuppliedSeries(db, LA, T2);
    expect(await loadRevisions(db, LA)).toEqual([
      {
        indicatorId: 'rereferrals_12m_pct',
        window: 'year',
        period: '2024-25',
        firstValue: 20,
        firstReportedAt: T1,
      },
    ]);
  });
});
