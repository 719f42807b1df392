import { describe, expect, it } from 'vitest';
import { readAnnexACsv } from './read-csv.ts';
import { csvFile, listFile, textFile } from './test-files.ts';

const FILE = 'List 3.csv';
const referral = (childId: string, extra: Record<string, string> = {}) => ({
  'Child Unique ID': childId,
  'Date of referral': '01/04/2024',
  ...extra,
});
const error = (row: number, column: string, value: string, message: string) => ({
  severity: 'error',
  file: FILE,
  row,
  column,
  value,
  message,
});

describe('readAnnexACsv(files) reports cells it cannot read', () => {
  it('reads every date form in the same column', () => {
    const dates = ['01/04/2024', '1/4/2024', '2024-04-01', '45383', '2024-04-01T00:00:00'];
    const result = readAnnexACsv([
      listFile(
        3,
        dates.map((date, i) => referral(`C${i}`, { 'Date of referral': date })),
      ),
    ]);
    expect(result.issues).toEqual([]);
    expect(result.records.referrals.map((r) => r.referralDate)).toEqual([
      19_814, 19_814, 19_814, 19_814, 19_814,
    ]);
  });

  it('gives an error with file, row, column, value and message for each bad cell', () => {
    const result = readAnnexACsv([
      listFile(3, [
        referral('C001', { 'Date of referral': '31/02/2024' }),
        referral('C002', {
          Gender: 'X',
          'Referral NFA?': 'Maybe',
          'Number of Referrals in Last 12 Months': '-1',
        }),
        referral('C003', {
          'Date of Birth': 'soon',
          'Number of Referrals in Last 12 Months': '1.5',
        }),
      ]),
    ]);
    expect(result.issues).toEqual([
      error(
        2,
        'Date of referral',
        '31/02/2024',
        'This date does not exist: check the day and the month.',
      ),
      error(
        3,
        'Gender',
        'X',
        'Cannot read this as a gender: use Male, Female, Unknown or Neither.',
      ),
      error(3, 'Referral NFA?', 'Maybe', 'Cannot read this as yes or no: use Yes, No or Unknown.'),
      error(
        3,
        'Number of Referrals in Last 12 Months',
        '-1',
        'Cannot read this as a count: use a whole number, 0 or more, or leave it blank.',
      ),
      error(
        4,
        'Date of Birth',
        'soon',
        'Cannot read this as a date: use dd/mm/yyyy, yyyy-mm-dd or an Excel date number.',
      ),
      error(
        4,
        'Number of Referrals in Last 12 Months',
        '1.5',
        'Cannot read this as a count: use a whole number, 0 or more, or leave it blank.',
      ),
    ]);
    expect(result.records.referrals.map((r) => [r.childId, r.nfa, r.referralsLast12m])).toEqual([
      ['C002', null, null],
      ['C003', null, null],
    ]);
  });

  it('reads a cell starting with =, +, - or @ as unreadable, never as a formula', () => {
    const result = readAnnexACsv([
      listFile(3, [
        referral('C001', { 'Date of referral': '=DATE(2024,4,1)' }),
        referral('C002', {
          'Referral Source': '=HYPERLINK("http://x")',
          'Referral NFA?': '@TRUE',
          'Number of Referrals in Last 12 Months': '+1',
        }),
      ]),
    ]);
    expect(result.issues).toEqual([
      error(
        2,
        'Date of referral',
        '=DATE(2024,4,1)',
        'Cannot read this as a date: use dd/mm/yyyy, yyyy-mm-dd or an Excel date number.',
      ),
      error(
        3,
        'Referral Source',
        '=HYPERLINK("http://x")',
        'Cannot read this value: a cell starting with =, +, - or @ looks like a spreadsheet formula, which is never run or accepted.',
      ),
      error(3, 'Referral NFA?', '@TRUE', 'Cannot read this as yes or no: use Yes, No or Unknown.'),
      error(
        3,
        'Number of Referrals in Last 12 Months',
        '+1',
        'Cannot read this as a count: use a whole number, 0 or more, or leave it blank.',
      ),
    ]);
  });

  it('gives an error for an unknown legal status', () => {
    const result = readAnnexACsv([
      listFile(8, [
        {
          'Child Unique ID': 'C001',
          'Date Started to be Looked After': '01/04/2024',
          "Child's Legal Status": 'z) Special guardianship',
        },
      ]),
    ]);
    expect(result.issues).toEqual([
      {
        severity: 'error',
        file: 'List 8.csv',
        row: 2,
        column: "Child's Legal Status",
        value: 'z) Special guardianship',
        message:
          'Cannot read this as a legal status: use the Annex A wording (such as "a) Interim care order") or an SSDA903 code (C1, C2, D1, E1, V2, V3, V4, L1, L2, L3, J1, J2, J3).',
      },
    ]);
  });

  it('gives an error for a blank child id or key date, and drops the row', () => {
    const result = readAnnexACsv([
      listFile(3, [
        referral('', { Gender: 'M' }),
        referral('C002', { 'Date of referral': '  ' }),
        referral('C003'),
      ]),
    ]);
    const blank = 'This cell is blank, but every row needs a value here.';
    expect(result.issues).toEqual([
      error(2, 'Child Unique ID', '', blank),
      error(3, 'Date of referral', '', blank),
    ]);
    expect(result.records.referrals.map((r) => r.childId)).toEqual(['C003']);
    expect(result.records.children.map((c) => c.childId)).toEqual(['C003']);
  });

  it('names the header as the file writes it', () => {
    const result = readAnnexACsv([
      csvFile(
        FILE,
        ['child id', 'REFERRAL DATE'],
        [{ 'child id': 'C001', 'REFERRAL DATE': '2024-02-30' }],
      ),
    ]);
    expect(result.issues.filter((i) => i.severity === 'error')).toEqual([
      error(
        2,
        'REFERRAL DATE',
        '2024-02-30',
        'This date does not exist: check the day and the month.',
      ),
    ]);
  });
});

describe('readAnnexACsv(files) reports files and columns it cannot use', () => {
  it('gives one error naming a file that is no Annex A list', () => {
    const result = readAnnexACsv([csvFile('people.csv', ['Name', 'Address'], [{ Name: 'A' }])]);
    expect(result.issues).toEqual([
      {
        severity: 'error',
        file: 'people.csv',
        message:
          'Cannot tell which Annex A list this file holds: name it after its list (such as "List 3.csv") or give it the list\'s column headers.',
      },
    ]);
    expect(result.files).toEqual([
      { name: 'people.csv', format: 'annex-a-csv', list: null, rows: 0 },
    ]);
  });

  it('gives one error per missing required column at row 1, and reads no rows', () => {
    const result = readAnnexACsv([
      csvFile(FILE, ['Child Unique ID', 'Referral Source'], [{ 'Child Unique ID': 'C001' }]),
    ]);
    expect(result.issues.filter((i) => i.severity === 'error')).toEqual([
      {
        severity: 'error',
        file: FILE,
        row: 1,
        column: 'Date of referral',
        message: 'There is no "Date of referral" column, which List 3 must have.',
      },
    ]);
    expect(result.records.referrals).toEqual([]);
    expect(result.files[0]?.rows).toBe(1);
  });

  it('warns of each missing optional column, read as blank', () => {
    const result = readAnnexACsv([
      csvFile(
        'List 1.csv',
        ['Child Unique ID', 'Date of Contact'],
        [{ 'Child Unique ID': 'C001', 'Date of Contact': '01/04/2024' }],
      ),
    ]);
    const warning = (column: string) => ({
      severity: 'warning',
      file: 'List 1.csv',
      row: 1,
      column,
      message: `There is no "${column}" column: its values are read as blank.`,
    });
    expect(result.issues).toEqual(
      ['Gender', 'Ethnicity', 'Date of Birth', 'Contact Source'].map(warning),
    );
    expect(result.records.contacts).toEqual([
      { childId: 'C001', contactDate: 19_814, source: null },
    ]);
  });

  it('gives an error for an empty file', () => {
    const result = readAnnexACsv([textFile(FILE, '')]);
    expect(result.issues).toEqual([
      { severity: 'error', file: FILE, message: 'The file is empty: there is no header row.' },
    ]);
    expect(result.files).toEqual([{ name: FILE, format: 'annex-a-csv', list: 3, rows: 0 }]);
  });
});
