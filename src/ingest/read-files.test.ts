import { describe, expect, it } from 'vitest';
import { contactRecords, dayOf } from '../domain/index.ts';
import { csvFile, listFile, textFile } from './annex-a/test-files.ts';
import { listSheet, utcDate, workbookFile } from './annex-a/test-workbooks.ts';
import { block, censusXml, child } from './cin-census/test-xml.ts';
import { detectFormat } from './detect-format.ts';
import { readCaseFiles } from './read-files.ts';
import { episode, headerRow, tableFile } from './ssda903/test-files.ts';

const annexReferrals = listFile(3, [
  { 'Child Unique ID': 'A1', 'Date of referral': '02/05/2024', 'Referral NFA?': 'b) No' },
]);
const episodes = tableFile('Episodes', [
  episode('B1', '01/04/2024', 'S', 'C2', '01/06/2024', 'E11'),
]);
const header = tableFile('Header', [headerRow('B1')]);
const census = textFile(
  'cin_census_2025.xml',
  censusXml({
    year: '2025',
    children: [
      child({
        ids: { LAchildID: 'C1', PersonBirthDate: '2015-01-01', Sex: 'F' },
        details: [block('CINdetails', { CINreferralDate: '2024-09-01', ReferralNFA: 'false' })],
      }),
    ],
  }),
);

describe('detectFormat(file)', () => {
  it('tells each format by name, signature or headers', () => {
    expect(detectFormat(annexReferrals)).toBe('annex-a-csv');
    expect(detectFormat(episodes)).toBe('ssda903-csv');
    expect(detectFormat(census)).toBe('cin-census-xml');
    expect(
      detectFormat({ name: 'Annex A.xlsx', bytes: new Uint8Array([0x50, 0x4b, 3, 4, 0]) }),
    ).toBe('annex-a-xlsx');
  });
  it('reads an unnamed CSV by its headers', () => {
    const byHeaders = csvFile(
      'export (3).csv',
      ['CHILD', 'DECOM', 'RNE', 'LS', 'PLACE', 'DEC', 'REC'],
      [],
    );
    expect(detectFormat(byHeaders)).toBe('ssda903-csv');
  });
  it('calls a file it cannot place unknown: a zip that is no workbook, binary, unfamiliar headers', () => {
    expect(
      detectFormat({ name: 'minutes.docx', bytes: new Uint8Array([0x50, 0x4b, 3, 4, 0]) }),
    ).toBe('unknown');
    expect(
      detectFormat({ name: 'scan.pdf', bytes: new Uint8Array([0x25, 0x50, 0x44, 0x46, 0, 1]) }),
    ).toBe('unknown');
    expect(detectFormat(textFile('budget.csv', 'Cost centre,Amount\r\nA,1\r\n'))).toBe('unknown');
  });
});

describe('readCaseFiles(files)', () => {
  it('reads Annex A, SSDA903 and CIN census files given together into one result', async () => {
    const result = await readCaseFiles([annexReferrals, episodes, header, census]);
    expect(result.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(result.records.referrals.map((r) => [r.childId, r.referralDate])).toEqual([
      ['A1', dayOf(2024, 5, 2)],
      ['C1', dayOf(2024, 9, 1)],
    ]);
    expect(result.records.carePeriods.map((p) => [p.childId, p.startDate, p.endDate])).toEqual([
      ['B1', dayOf(2024, 4, 1), dayOf(2024, 6, 1)],
    ]);
    expect(result.records.careEpisodes).toHaveLength(1);
    expect(result.files.map((f) => [f.name, f.format])).toEqual([
      ['List 3.csv', 'annex-a-csv'],
      ['episodes.csv', 'ssda903-csv'],
      ['header.csv', 'ssda903-csv'],
      ['cin_census_2025.xml', 'cin-census-xml'],
    ]);
  });
  it('reads a workbook and a CSV list as one Annex A extract, the later file winning', async () => {
    const book = await workbookFile('Annex A.xlsx', [
      listSheet(3, [
        {
          'Child Unique ID': 'A1',
          'Date of referral': utcDate('2024-05-02'),
          'Referral NFA?': 'a) Yes',
        },
      ]),
    ]);
    const result = await readCaseFiles([book, annexReferrals]);
    expect(result.files.map((f) => f.format)).toEqual(['annex-a-xlsx', 'annex-a-csv']);
    expect(result.records.referrals).toMatchObject([
      { childId: 'A1', referralDate: dayOf(2024, 5, 2), nfa: false },
    ]);
  });
  it('rejects a file it cannot place with an error naming it, and still reads the others', async () => {
    const result = await readCaseFiles([
      annexReferrals,
      textFile('budget.csv', 'Cost centre,Amount\r\n'),
    ]);
    expect(result.issues).toEqual([
      {
        severity: 'error',
        file: 'budget.csv',
        message:
          'Outturn cannot tell what this file is: it reads Ofsted Annex A lists (CSV, or an XLSX workbook), CIN census XML and SSDA903 tables (CSV).',
      },
    ]);
    expect(result.records.referrals).toHaveLength(1);
  });
  it("gives each Annex A record's child as its index among the children, whatever merged", async () => {
    const contact = (id: string, date: string, gender = 'a) Male') => ({
      'Child Unique ID': id,
      Gender: gender,
      'Date of Contact': date,
    });
    const result = await readCaseFiles([
      listFile(1, [contact('A', '01/04/2024'), contact('B', '02/04/2024')], 'List 1 (April).csv'),
      listFile(1, [
        contact('C', '03/04/2024'),
        contact('A', '01/04/2024', 'b) Female'), // replaces the first contact; A changes
        contact('B', '02/04/2024'), // an exact duplicate
      ]),
      annexReferrals,
      listFile(3, [{ 'Child Unique ID': 'C', 'Date of referral': '04/04/2024' }], 'List 3 (b).csv'),
    ]);
    const { records, childKeys } = result;
    expect(records.children.map((c) => c.childId)).toEqual(['A', 'B', 'C', 'A1']);
    for (const list of ['contacts', 'referrals'] as const) {
      const keys = [...(childKeys?.[list] ?? [])];
      expect(keys.map((k) => records.children[k]?.childId)).toEqual(
        records[list].map((r) => r.childId),
      );
    }
    expect(records.contacts.map((c) => c.childId)).toEqual(['A', 'B', 'C']);
    expect(childKeys?.referrals).toEqual(Int32Array.of(3, 2));
  });
  it('keeps Annex A contacts as columns when asked, the same contacts, children and issues', async () => {
    const contact = (id: string, date: string, source: string) => ({
      'Child Unique ID': id,
      Gender: 'a) Male',
      'Date of Contact': date,
      'Contact Source': source,
    });
    const files = [
      listFile(
        1,
        [contact('A', '01/04/2024', '1A'), contact('B', '02/04/2024', '1A')],
        'List 1 (a).csv',
      ),
      listFile(1, [
        contact('C', '03/04/2024', '5C'),
        contact('A', '01/04/2024', '5C'), // another source: replaces the first A
        contact('B', '02/04/2024', '1A'), // an exact duplicate
        contact('D', '31/02/2024', '1A'), // no such day: an error, no contact
      ]),
      annexReferrals,
    ];
    const records = await readCaseFiles(files);
    const columns = await readCaseFiles(files, { asColumns: true });
    expect(columns.records.contacts).toEqual([]);
    const { contactColumns } = columns;
    expect(contactRecords(contactColumns!, columns.records.children)).toEqual(
      records.records.contacts,
    );
    expect(columns.records.children).toEqual(records.records.children);
    expect(columns.issues).toEqual(records.issues);
    expect(columns.issues.map((i) => i.message.slice(0, 20))).toEqual([
      'Same child and Date ',
      'Duplicate row, count',
      'This date does not e',
    ]);
    expect(columns.childKeys?.referrals).toEqual(records.childKeys?.referrals);
    // a workbook's contacts too, with the CSV lists of the same extract
    const book = await workbookFile('Annex A.xlsx', [
      listSheet(1, [{ ...contact('E', '', '1A'), 'Date of Contact': utcDate('2024-04-05') }]),
    ]);
    const both = await readCaseFiles([...files, book], { asColumns: true });
    const withBook = await readCaseFiles([...files, book]);
    expect(contactRecords(both.contactColumns!, both.records.children)).toEqual(
      withBook.records.contacts,
    );
    expect(withBook.records.contacts.map((c) => c.childId)).toEqual(['A', 'B', 'C', 'E']);
    // files of several formats are merged as records
    const merged = await readCaseFiles([...files, episodes, header], { asColumns: true });
    expect(merged.contactColumns).toBeUndefined();
    expect(merged.records.contacts).toHaveLength(3);
  });
  it('gives no child keys for files of several formats, whose records are merged by identifier', async () => {
    const result = await readCaseFiles([annexReferrals, episodes, header]);
    expect(result.childKeys).toBeUndefined();
  });
});
