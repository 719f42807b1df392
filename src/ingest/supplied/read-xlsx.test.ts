import { describe, expect, it } from 'vitest';
import { readSuppliedFiles } from './read-files.ts';
import { csv, HEADER } from './test-files.ts';
import { pct, workbookFile } from './test-workbooks.ts';

const OPTIONS = { computedIds: new Set(['referrals']), allowOverride: false };
const COLUMNS = HEADER.split(',');
const SURVEY = 'asc_survey_control_daily_life_pct';

/** The same values as the CSV below: a percent survey row and a count, Excel-style. */
const valuesSheet = {
  name: 'Values',
  rows: [
    COLUMNS,
    [SURVEY, '2024/25', pct(0.725), 290, 400, 400, pct(0.68), pct(0.77), 'Fewer respondents'],
    ['enablement_clients', 'Q1 2024-25', 310],
  ],
};
const sameAsCsv = csv(
  'values.csv',
  HEADER,
  `${SURVEY},2024/25,72.5%,290,400,400,68%,77%,Fewer respondents`,
  'enablement_clients,Q1 2024-25,310,,,,,,',
);

describe('readSuppliedFiles(files, options) with workbooks', () => {
  it('reads a percent-formatted 0.725 as 72.5 and numbers as numbers', async () => {
    const book = await workbookFile('values.xlsx', [valuesSheet]);
    const result = await readSuppliedFiles([book], OPTIONS);
    expect(result.issues).toEqual([]);
    expect(result.values).toEqual([
      {
        indicatorId: SURVEY,
        window: 'year',
        period: '2024-25',
        start: '2024-04-01',
        end: '2025-03-31',
        value: 72.5,
        numerator: 290,
        denominator: 400,
        base: 400,
        ci: { lower: 68, upper: 77 },
        note: 'Fewer respondents',
      },
      {
        indicatorId: 'enablement_clients',
        window: 'quarter',
        period: '2024-25 Q1',
        start: '2024-04-01',
        end: '2024-06-30',
        value: 310,
        numerator: 310,
        denominator: null,
        base: null,
        ci: null,
        note: null,
      },
    ]);
    expect(result.files).toEqual([
      { name: 'values.xlsx', format: 'supplied-xlsx', list: null, rows: 2 },
    ]);
  });

  it('gives the same values for a workbook as for the same values in a CSV', async () => {
    const book = await workbookFile('values.xlsx', [valuesSheet]);
    const fromXlsx = await readSuppliedFiles([book], OPTIONS);
    const fromCsv = await readSuppliedFiles([sameAsCsv], OPTIONS);
    expect(fromCsv.issues).toEqual([]);
    expect(fromXlsx.values).toEqual(fromCsv.values);
  });

  it('skips a sheet without the supplied columns, with a warning naming it', async () => {
    const notes = { name: 'Read me', rows: [['How to fill this in'], ['One row per period']] };
    const book = await workbookFile('values.xlsx', [notes, valuesSheet]);
    const result = await readSuppliedFiles([book], OPTIONS);
    expect(result.values).toHaveLength(2);
    expect(result.issues).toEqual([
      {
        severity: 'warning',
        file: 'values.xlsx',
        sheet: 'Read me',
        message: expect.stringContaining('"Read me" is not read'),
      },
    ]);
  });

  it('reads every sheet with the columns, under title rows, and names the sheet in issues', async () => {
    const later = {
      name: 'Q2',
      rows: [['Enablement, quarter 2'], COLUMNS, ['enablement_clients', '2024-25 Q2', 'lots']],
    };
    const book = await workbookFile('values.xlsx', [valuesSheet, later]);
    const result = await readSuppliedFiles([book], OPTIONS);
    expect(result.values).toHaveLength(2);
    expect(result.issues).toEqual([
      expect.objectContaining({ severity: 'warning', sheet: 'Q2', row: 2 }),
      expect.objectContaining({
        severity: 'error',
        file: 'values.xlsx',
        sheet: 'Q2',
        row: 3,
        column: 'value',
        value: 'lots',
      }),
    ]);
  });

  it('uses a formula cell saved value, percent-formatted, with a warning', async () => {
    const formula = { formula: 'C2/D2', result: 0.725 };
    const book = await workbookFile('values.xlsx', [
      {
        name: 'Values',
        rows: [
          ['indicator', 'period', 'value', 'base'],
          [SURVEY, '2024-25', { value: formula, numFmt: '0%' }, 400],
        ],
      },
    ]);
    const result = await readSuppliedFiles([book], OPTIONS);
    expect(result.values[0]).toMatchObject({ value: 72.5 });
    expect(result.issues).toEqual([
      expect.objectContaining({ severity: 'warning', sheet: 'Values', row: 2, value: '=C2/D2' }),
    ]);
  });

  it('reports a truncated workbook, and a CSV named .xlsx, with one error each', async () => {
    const book = await workbookFile('cut.xlsx', [valuesSheet]);
    const cut = { name: 'cut.xlsx', bytes: book.bytes.slice(0, book.bytes.length - 200) };
    const renamed = { name: 'renamed.xlsx', bytes: sameAsCsv.bytes };
    const result = await readSuppliedFiles([cut, renamed], OPTIONS);
    expect(result.values).toEqual([]);
    expect(result.issues).toEqual([
      { severity: 'error', file: 'cut.xlsx', message: expect.stringContaining('cut short') },
      {
        severity: 'error',
        file: 'renamed.xlsx',
        message: expect.stringContaining('not an Excel workbook'),
      },
    ]);
  });

  it('reports a workbook with no sheet of supplied values as an error', async () => {
    const book = await workbookFile('notes.xlsx', [{ name: 'Notes', rows: [['Nothing here']] }]);
    const result = await readSuppliedFiles([book], OPTIONS);
    expect(result.issues.map((i) => i.severity)).toEqual(['warning', 'error']);
    expect(result.issues[1]?.message).toContain('No sheet of this workbook');
  });
});
