import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { pct, workbookFile } from '../ingest/supplied/test-workbooks.ts';
import { importSupplied } from './import-supplied.ts';
import { loadSeries } from './index.ts';
import { emptyTestStore, openTestStore, type TestStore } from './testing.ts';

const LA = { code: '999', name: 'Northmere' };
const SURVEY = 'asc_survey_control_daily_life_pct';

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

describe('importSupplied(db, request) with a workbook', () => {
  it('imports the values of an XLSX file as series points', async () => {
    const book = await workbookFile('asc.xlsx', [
      {
        name: 'Values',
        rows: [
          ['indicator', 'period', 'value', 'base', 'ci_lower', 'ci_upper'],
          [SURVEY, '2024/25', pct(0.773), 375, pct(0.731), pct(0.815)],
          ['enablement_clients', 'Q1 2024-25', 310],
        ],
      },
    ]);
    const result = await importSupplied(store.db, {
      la: LA,
      files: [book],
      createdBy: 'tester',
      at: '2025-07-01T09:00:00.000Z',
    });
    expect(result).toMatchObject({ ok: true, counts: { inserted: 2, updated: 0, unchanged: 0 } });
    const series = await loadSeries(store.db, LA.code);
    const point = (id: string) => series.find((s) => s.indicatorId === id)?.points[0];
    expect(point(SURVEY)).toMatchObject({ period: '2024-25', value: 77.3 });
    expect(point('enablement_clients')).toMatchObject({ period: '2024-25 Q1', value: 310 });
  });
});
