import { describe, expect, it } from 'vitest';
import { ANNEX_A_HEADERS } from './headers.ts';
import { readAnnexACsv } from './read-csv.ts';
import { listFile, textFile } from './test-files.ts';

const referral = (childId: string, date: string, extra: Record<string, string> = {}) => ({
  'Child Unique ID': childId,
  'Date of referral': date,
  ...extra,
});
const warning = (file: string, row: number, message: string) => ({
  severity: 'warning',
  file,
  row,
  message,
});

describe('readAnnexACsv(files) merges rows with the same list, child and key date', () => {
  it('counts an exact duplicate once, with a warning for each copy', () => {
    const result = readAnnexACsv([
      listFile(3, [
        referral('C001', '01/04/2024', { 'Referral NFA?': 'No' }),
        referral('C002', '01/04/2024'),
        referral('C001', '01/04/2024', { 'Referral NFA?': 'No' }),
        referral('C001', '1/4/2024', { 'Referral NFA?': 'b) No', 'Allocated Worker': 'W2' }),
      ]),
    ]);
    const message = 'Duplicate row, counted once: every column Outturn reads matches row 2.';
    expect(result.issues).toEqual([
      warning('List 3.csv', 4, message),
      warning('List 3.csv', 5, message),
    ]);
    expect(result.records.referrals.map((r) => r.childId)).toEqual(['C001', 'C002']);
  });

  it('lets the last of differing rows win whole, in the place first seen, naming both rows', () => {
    const result = readAnnexACsv([
      listFile(3, [
        referral('C001', '01/04/2024', { 'Referral Source': '1A', 'Referral NFA?': 'No' }),
        referral('C002', '01/04/2024'),
        referral('C001', '01/04/2024', { 'Referral NFA?': 'Yes' }),
      ]),
    ]);
    expect(result.issues).toEqual([
      warning(
        'List 3.csv',
        4,
        'Same child and Date of referral as row 2, but other values differ: row 4 is used and row 2 set aside.',
      ),
    ]);
    expect(result.records.referrals).toEqual([
      { childId: 'C001', referralDate: 19_814, source: null, nfa: true, referralsLast12m: null },
      { childId: 'C002', referralDate: 19_814, source: null, nfa: null, referralsLast12m: null },
    ]);
  });

  it('treats a later file as a later extract, whose differing row wins', () => {
    const result = readAnnexACsv([
      listFile(3, [referral('C001', '01/04/2024', { Gender: 'M' })], 'List 3 April.csv'),
      listFile(3, [referral('C001', '01/04/2024', { Gender: 'F' })], 'List 3 May.csv'),
    ]);
    expect(result.issues).toEqual([
      warning(
        'List 3 May.csv',
        2,
        'Same child and Date of referral as row 2 of "List 3 April.csv", but other values differ: row 2 is used and row 2 of "List 3 April.csv" set aside.',
      ),
    ]);
    expect(result.records.referrals).toHaveLength(1);
    expect(result.records.children).toEqual([
      { childId: 'C001', gender: 'female', ethnicity: null, birthDate: null },
    ]);
  });

  it('keeps the same child and date in different lists as different records', () => {
    const result = readAnnexACsv([
      listFile(1, [{ 'Child Unique ID': 'C001', 'Date of Contact': '01/04/2024' }]),
      listFile(3, [referral('C001', '01/04/2024')]),
    ]);
    expect(result.issues.filter((i) => i.message.includes('row 2'))).toEqual([]);
    expect([result.records.contacts.length, result.records.referrals.length]).toEqual([1, 1]);
  });
});

describe('readAnnexACsv(files) warns of an end date before its start', () => {
  it('warns for assessments, section 47s, plans and care periods, keeping each row', () => {
    const result = readAnnexACsv([
      listFile(4, [
        {
          'Child Unique ID': 'C001',
          'Continuous Assessment Start Date': '10/04/2024',
          'Continuous Assessment Date of Authorisation': '01/04/2024',
        },
      ]),
      listFile(5, [
        {
          'Child Unique ID': 'C001',
          'Strategy discussion initiating Section 47 Enquiry Start Date': '10/04/2024',
          'Date of Initial Child Protection Conference': '09/04/2024',
        },
      ]),
      listFile(7, [
        {
          'Child Unique ID': 'C001',
          'Child Protection Plan Start Date': '10/04/2024',
          'Child Protection Plan End Date': '2024-04-09',
        },
      ]),
      listFile(8, [
        {
          'Child Unique ID': 'C001',
          'Date Started to be Looked After': '10/04/2024',
          "Child's Legal Status": 'C2',
          'Date Ceased to be Looked After': '45383',
        },
      ]),
    ]);
    const endBeforeStart = (file: string, column: string, value: string, start: string) => ({
      severity: 'warning',
      file,
      row: 2,
      column,
      value,
      message: `This date is before the "${start}" (10/04/2024): the row is kept as it is.`,
    });
    expect(result.issues).toEqual([
      endBeforeStart(
        'List 4.csv',
        'Continuous Assessment Date of Authorisation',
        '01/04/2024',
        'Continuous Assessment Start Date',
      ),
      endBeforeStart(
        'List 5.csv',
        'Date of Initial Child Protection Conference',
        '09/04/2024',
        'Strategy discussion initiating Section 47 Enquiry Start Date',
      ),
      endBeforeStart(
        'List 7.csv',
        'Child Protection Plan End Date',
        '2024-04-09',
        'Child Protection Plan Start Date',
      ),
      endBeforeStart(
        'List 8.csv',
        'Date Ceased to be Looked After',
        '45383',
        'Date Started to be Looked After',
      ),
    ]);
    expect(result.records.assessments[0]?.authorisedDate).toBe(19_814);
    expect(result.records.carePeriods[0]?.endDate).toBe(19_814);
  });

  it('accepts an end on the start date itself', () => {
    const result = readAnnexACsv([
      listFile(7, [
        {
          'Child Unique ID': 'C001',
          'Child Protection Plan Start Date': '10/04/2024',
          'Child Protection Plan End Date': '10/04/2024',
        },
      ]),
    ]);
    expect(result.issues).toEqual([]);
  });
});

describe('readAnnexACsv(files) reads the bytes and rows of the file itself', () => {
  const header = ANNEX_A_HEADERS[1].join(',');

  it('strips a UTF-8 byte-order mark from the first header', () => {
    const result = readAnnexACsv([
      textFile('List 1.csv', `\uFEFF${header}\r\n,,,,,01/04/2024,\r\n`),
    ]);
    expect(result.issues).toEqual([
      {
        severity: 'error',
        file: 'List 1.csv',
        row: 2,
        column: 'Child Unique ID',
        value: '',
        message: 'This cell is blank, but every row needs a value here.',
      },
    ]);
  });

  it('numbers rows as a spreadsheet does, counting blank lines but not reading them', () => {
    const result = readAnnexACsv([textFile('List 1.csv', `\n${header}\n\nC001,,,,,31/04/2024,\n`)]);
    expect(result.issues).toEqual([
      {
        severity: 'error',
        file: 'List 1.csv',
        row: 4,
        column: 'Date of Contact',
        value: '31/04/2024',
        message: 'This date does not exist: check the day and the month.',
      },
    ]);
    expect(result.files[0]?.rows).toBe(1);
  });

  it('reads quoted cells holding commas, quotes and line breaks', () => {
    const text = `${header}\r\n"C001",,,,,01/04/2024,"Police, ""urgent""\r\nsecond line"\r\n`;
    const result = readAnnexACsv([textFile('List 1.csv', text)]);
    const source = 'Police, "urgent"\r\nsecond line';
    expect(result.issues).toMatchObject([
      { severity: 'warning', row: 2, column: 'Contact Source', value: source },
    ]);
    expect(result.records.contacts[0]?.source).toBe(source);
  });

  it('gives an error where a quoted cell is never closed', () => {
    const result = readAnnexACsv([
      textFile('List 1.csv', `${header}\r\nC001,,,,,01/04/2024,"open\r\n`),
    ]);
    expect(result.issues).toContainEqual({
      severity: 'error',
      file: 'List 1.csv',
      row: 2,
      message: 'A quoted value is not closed: the rows from here on may be read wrongly.',
    });
  });

  it('reads a Windows-1252 file with a byte-order mark as Windows-1252, and says so', () => {
    const text = new TextEncoder().encode(`\uFEFF${header}\r\nC001,,,,,01/04/2024,X\r\n`);
    const bytes = new Uint8Array(text);
    bytes[bytes.length - 3] = 0x80; // "€" in Windows-1252, not valid UTF-8 on its own
    const result = readAnnexACsv([{ name: 'List 1.csv', bytes }]);
    expect(result.issues).toEqual([
      {
        severity: 'warning',
        file: 'List 1.csv',
        message:
          'This file is not UTF-8, so it was read as Windows-1252 (what Excel saves as plain "CSV"): check that names with accents or symbols read correctly, or save it as "CSV UTF-8".',
      },
      expect.objectContaining({ severity: 'warning', column: 'Contact Source', value: '€' }),
    ]);
    expect(result.records.contacts).toMatchObject([{ childId: 'C001', source: '€' }]);
  });
});
