import { describe, expect, it } from 'vitest';
import { readAnnexAXlsx } from './read-xlsx.ts';
import { sheet, utcDate, workbookFile } from './test-workbooks.ts';

const FILE = 'Annex A.xlsx';
const HEADERS = ['Child Unique ID', 'Date of referral', 'Referral Source', 'Age of Child (Years)'];
const at = (row: number, column: string) => ({ file: FILE, sheet: 'List 3', row, column });

async function read(rows: Record<string, unknown>[]) {
  const file = await workbookFile(FILE, [sheet('List 3', HEADERS, rows as never)]);
  const result = await readAnnexAXlsx([file]);
  return { ...result, issues: result.issues.filter((i) => i.row !== 1) };
}

describe('readAnnexAXlsx(files) reads formula and error cells', () => {
  it("uses a formula cell's saved value, warning once per column with the count", async () => {
    const result = await read([
      {
        'Child Unique ID': 'C1',
        'Date of referral': { formula: 'DATE(2024,4,1)', result: utcDate('2024-04-01') },
      },
      { 'Child Unique ID': 'C2', 'Date of referral': { formula: 'B2+1', result: 45_384 } },
      { 'Child Unique ID': { formula: '"C"&3', result: 'C3' }, 'Date of referral': '2024-04-03' },
    ]);
    expect(result.issues).toEqual([
      {
        severity: 'warning',
        ...at(2, 'Date of referral'),
        value: '=DATE(2024,4,1)',
        message:
          'Formula cell: its last calculated value was used, as it was for all 2 formula cells in this column.',
      },
      {
        severity: 'warning',
        ...at(4, 'Child Unique ID'),
        value: '="C"&3',
        message: 'Formula cell: its last calculated value was used.',
      },
    ]);
    expect(result.records.referrals.map((r) => [r.childId, r.referralDate])).toEqual([
      ['C1', 19_814],
      ['C2', 19_815],
      ['C3', 19_816],
    ]);
  });

  it('gives an error for a formula cell with no saved value', async () => {
    const result = await read([
      {
        'Child Unique ID': 'C1',
        'Date of referral': '2024-04-01',
        'Referral Source': { formula: 'VLOOKUP(A2,X!A:B,2,0)' },
      },
    ]);
    expect(result.issues).toEqual([
      {
        severity: 'error',
        ...at(2, 'Referral Source'),
        value: '=VLOOKUP(A2,X!A:B,2,0)',
        message:
          'Formula cell with no calculated value saved: open the workbook in Excel, let it calculate, save it and import it again.',
      },
    ]);
    expect(result.records.referrals.map((r) => r.source)).toEqual([null]);
  });

  it('gives an error for an error cell such as #N/A', async () => {
    const result = await read([
      {
        'Child Unique ID': 'C1',
        'Date of referral': '2024-04-01',
        'Referral Source': { error: '#N/A' },
      },
    ]);
    expect(result.issues).toEqual([
      {
        severity: 'error',
        ...at(2, 'Referral Source'),
        value: '#N/A',
        message:
          'This cell holds a spreadsheet error, not a value: correct it in the workbook and import it again.',
      },
    ]);
  });

  it('says nothing of formulas and errors in a column the list does not read', async () => {
    const result = await read([
      {
        'Child Unique ID': 'C1',
        'Date of referral': '2024-04-01',
        'Age of Child (Years)': { formula: 'DATEDIF(1,2,"y")' },
      },
      {
        'Child Unique ID': 'C2',
        'Date of referral': '2024-04-01',
        'Age of Child (Years)': { error: '#VALUE!' },
      },
    ]);
    expect(result.issues).toEqual([]);
    expect(result.records.referrals).toHaveLength(2);
  });

  it("reads text starting with = as text, giving the CSV reader's error", async () => {
    const result = await read([
      {
        'Child Unique ID': 'C1',
        'Date of referral': '2024-04-01',
        'Referral Source': '=HYPERLINK("http://x")',
      },
    ]);
    expect(result.issues).toEqual([
      {
        severity: 'error',
        ...at(2, 'Referral Source'),
        value: '=HYPERLINK("http://x")',
        message:
          'Cannot read this value: a cell starting with =, +, - or @ looks like a spreadsheet formula, which is never run or accepted.',
      },
    ]);
  });

  it('reads rich text, hyperlinks, numbers and booleans as their text', async () => {
    const result = await read([
      {
        'Child Unique ID': { richText: [{ text: 'C' }, { text: '001' }] },
        'Date of referral': '2024-04-01',
        'Referral Source': { text: '1A', hyperlink: 'https://example.org' },
      },
      { 'Child Unique ID': 12_345_678, 'Date of referral': '2024-04-02', 'Referral Source': true },
    ]);
    // TRUE is no referral source: kept as written, with a warning.
    expect(result.issues).toMatchObject([{ severity: 'warning', row: 3, value: 'TRUE' }]);
    expect(result.records.referrals.map((r) => [r.childId, r.source])).toEqual([
      ['C001', '1A'],
      ['12345678', 'TRUE'],
    ]);
  });

  it('gives one error per missing required column, naming the sheet', async () => {
    const file = await workbookFile(FILE, [
      sheet('List 3', ['Child Unique ID', 'Referral Source'], [{ 'Child Unique ID': 'C1' }]),
    ]);
    const result = await readAnnexAXlsx([file]);
    expect(result.issues.filter((i) => i.severity === 'error')).toEqual([
      {
        severity: 'error',
        file: FILE,
        sheet: 'List 3',
        row: 1,
        column: 'Date of referral',
        message: 'There is no "Date of referral" column, which List 3 must have.',
      },
    ]);
    expect(result.records.referrals).toEqual([]);
  });
});
