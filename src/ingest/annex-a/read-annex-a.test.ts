import { describe, expect, it } from 'vitest';
import { readAnnexA } from './read-any.ts';
import { readAnnexACsv } from './read-csv.ts';
import { readAnnexAXlsx } from './read-xlsx.ts';
import { type Cells, listFile } from './test-files.ts';
import { listSheet, workbookFile } from './test-workbooks.ts';

const contact = (childId: string, date: string, source = '1A'): Cells => ({
  'Child Unique ID': childId,
  Gender: 'b) Female',
  'Date of Birth': '15/06/2015',
  'Date of Contact': date,
  'Contact Source': source,
});

describe('readAnnexA(files) reads workbooks and CSV lists as one extract', () => {
  it('merges a workbook and a CSV list, the later file winning', async () => {
    const book = await workbookFile('Annex A April.xlsx', [
      listSheet(1, [contact('C1', '01/04/2024', '1A'), contact('C2', '02/04/2024')]),
      listSheet(3, [{ 'Child Unique ID': 'C1', 'Date of referral': '03/04/2024' }]),
    ]);
    const csv = listFile(1, [contact('C1', '01/04/2024', '2B')], 'List 1 May.csv');
    const result = await readAnnexA([book, csv]);
    expect(result.records.contacts).toEqual([
      { childId: 'C1', contactDate: 19_814, source: '2B' },
      { childId: 'C2', contactDate: 19_815, source: '1A' },
    ]);
    expect(result.records.referrals.map((r) => r.childId)).toEqual(['C1']);
    expect(result.issues).toEqual([
      {
        severity: 'warning',
        file: 'List 1 May.csv',
        row: 2,
        message:
          'Same child and Date of Contact as row 2 of "Annex A April.xlsx, List 1", but other values differ: row 2 is used and row 2 of "Annex A April.xlsx, List 1" set aside.',
      },
    ]);
    expect(result.files.map((f) => [f.name, f.format, f.list, f.rows])).toEqual([
      ['Annex A April.xlsx', 'annex-a-xlsx', null, 3],
      ['List 1 May.csv', 'annex-a-csv', 1, 1],
    ]);
  });

  it('tells a workbook by its bytes whatever its name, and rejects a CSV named .xlsx', async () => {
    const book = await workbookFile('export.dat', [listSheet(1, [contact('C1', '01/04/2024')])]);
    const renamed = { ...listFile(3, []), name: 'List 3.xlsx' };
    const result = await readAnnexA([book, renamed]);
    expect(result.records.contacts).toHaveLength(1);
    expect(result.files.map((f) => f.format)).toEqual(['annex-a-xlsx', 'annex-a-xlsx']);
    expect(result.issues).toEqual([
      {
        severity: 'error',
        file: 'List 3.xlsx',
        message:
          'This file is not an Excel workbook (.xlsx): if it is a CSV file, name it .csv; otherwise save it from Excel as an .xlsx workbook.',
      },
    ]);
  });
});

describe('readAnnexAXlsx(files) and readAnnexACsv(files) agree (source neutrality)', () => {
  const rows = [
    contact('C1', '01/04/2024'),
    contact('C2', '2024-04-02', '=cmd'),
    { ...contact('C3', '45384'), Gender: 'X' },
    contact('C1', '01/04/2024'),
    contact('', '05/04/2024'),
  ];

  it('gives the same records, children and issues for the same rows', async () => {
    const csv = readAnnexACsv([listFile(1, rows, 'List 1')]);
    const xlsx = await readAnnexAXlsx([await workbookFile('List 1', [listSheet(1, rows)])]);
    expect(xlsx.records).toEqual(csv.records);
    expect(xlsx.records.contacts).toHaveLength(3);
    expect(xlsx.issues.map(({ sheet, ...issue }) => issue)).toEqual(csv.issues);
    expect(csv.issues.map((i) => i.severity)).toEqual(['error', 'error', 'warning', 'error']);
  });
});
