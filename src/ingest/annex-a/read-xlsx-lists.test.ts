import { describe, expect, it } from 'vitest';
import { parseIsoDay } from '../../domain/index.ts';
import { ANNEX_A_HEADERS } from './headers.ts';
import { readAnnexAXlsx } from './read-xlsx.ts';
import { listSheet, sheet, utcDate, type Values, workbookFile } from './test-workbooks.ts';

/** Expected days from the domain's ISO parser, not the reader's own date code. */
const d = (iso: string) => parseIsoDay(iso) ?? Number.NaN;
const FILE = 'Annex A.xlsx';
const child = (childId: string, extra: Values = {}): Values => ({
  'Child Unique ID': childId,
  Gender: 'a) Male',
  Ethnicity: 'WBRI',
  'Date of Birth': utcDate('2015-06-15'),
  'Age of Child (Years)': 8,
  ...extra,
});

describe('readAnnexAXlsx(files) with a sheet per list and canonical headers', () => {
  it('reads lists 1 to 11 into records', async () => {
    const file = await workbookFile(FILE, [
      listSheet(1, [
        child('C001', { 'Date of Contact': utcDate('2024-04-01'), 'Contact Source': '1A' }),
      ]),
      listSheet(2, [child('C001', { 'Assessment start date': utcDate('2024-04-01') })]),
      listSheet(3, [
        child('C001', {
          'Date of referral': utcDate('2024-04-02'),
          'Referral Source': '1B',
          'Referral NFA?': 'b) No',
          'Number of Referrals in Last 12 Months': 2,
        }),
      ]),
      listSheet(4, [
        child('C001', {
          'Continuous Assessment Start Date': utcDate('2024-04-03'),
          'Child Seen During Continuous Assessment': 'a) Yes',
          'Continuous Assessment Date of Authorisation': utcDate('2024-05-20'),
          "Was the child assessed as requiring LA children's social care support?": 'b) No',
        }),
      ]),
      listSheet(5, [
        child('C001', {
          'Strategy discussion initiating Section 47 Enquiry Start Date': utcDate('2024-04-04'),
          'Was an Initial Child Protection Conference deemed unnecessary?': 'b) No',
          'Date of Initial Child Protection Conference': utcDate('2024-04-20'),
          'Did the Initial Child Protection Conference Result in a Child Protection Plan': 'a) Yes',
        }),
      ]),
      listSheet(6, [child('C001', { 'CIN Start Date': utcDate('2024-04-02') })]),
      listSheet(7, [
        child('C001', {
          'Child Protection Plan Start Date': utcDate('2024-04-20'),
          'Initial Category of Abuse': 'a) Neglect',
          'Latest Category of Abuse': 'e) Multiple',
          'Child Protection Plan End Date': null,
          'Number of Previous Child Protection Plans': 1,
        }),
      ]),
      listSheet(8, [
        child('C002', {
          'Date Started to be Looked After': utcDate('2024-01-10'),
          'Start date of current legal status': utcDate('2024-02-01'),
          "Child's Legal Status": 'b) Full care orders',
          'Number of Placements in the Last 12 months': 3,
          'Date Ceased to be Looked After': utcDate('2024-09-30'),
          'Reason Ceased to be Looked After': 'E11',
          'Placement Type': 'U1',
        }),
      ]),
      listSheet(9, [child('C003'), child('C004')]),
      listSheet(10, [
        child('C005', {
          'Date the Child Entered Care': utcDate('2023-06-01'),
          'Date Placed for Adoption': utcDate('2024-05-01'),
          'Reason Why Child No Longer Placed for Adoption': null,
        }),
      ]),
      listSheet(11, [
        {
          'Individual adopter identifier': 'A1',
          'Date enquiry received': utcDate('2023-09-01'),
          'No. of children placed': 1,
        },
      ]),
    ]);
    const result = await readAnnexAXlsx([file]);
    expect(result.issues).toEqual([]);
    expect(result.records.contacts).toEqual([
      { childId: 'C001', contactDate: d('2024-04-01'), source: '1A' },
    ]);
    expect(result.records.referrals).toEqual([
      {
        childId: 'C001',
        referralDate: d('2024-04-02'),
        source: '1B',
        nfa: false,
        referralsLast12m: 2,
      },
    ]);
    expect(result.records.assessments).toEqual([
      {
        childId: 'C001',
        startDate: d('2024-04-03'),
        childSeen: true,
        authorisedDate: d('2024-05-20'),
        needsSupport: false,
      },
    ]);
    expect(result.records.s47s).toEqual([
      {
        childId: 'C001',
        startDate: d('2024-04-04'),
        icpcNotRequired: false,
        icpcDate: d('2024-04-20'),
        icpcResultedInPlan: true,
      },
    ]);
    expect(result.records.cpPlans).toEqual([
      {
        childId: 'C001',
        startDate: d('2024-04-20'),
        endDate: null,
        initialCategory: 'NEG',
        latestCategory: 'MUL',
        previousPlans: 1,
      },
    ]);
    expect(result.records.carePeriods).toEqual([
      {
        childId: 'C002',
        startDate: d('2024-01-10'),
        legalStatusStart: d('2024-02-01'),
        legalStatus: 'C2',
        placementsLast12m: 3,
        placementStart: null,
        endDate: d('2024-09-30'),
        reasonCeased: 'E11',
        placementType: 'U1',
      },
    ]);
    expect(result.records.earlyHelp).toEqual([
      { childId: 'C001', startDate: d('2024-04-01'), completedDate: null, organisation: null },
    ]);
    expect(result.records.cinEpisodes.map((e) => [e.childId, e.startDate])).toEqual([
      ['C001', d('2024-04-02')],
    ]);
    expect(result.records.careLeavers.map((l) => [l.childId, l.birthDate])).toEqual([
      ['C003', d('2015-06-15')],
      ['C004', d('2015-06-15')],
    ]);
    expect(result.records.adoptions).toMatchObject([
      { childId: 'C005', enteredCareDate: d('2023-06-01'), placedDate: d('2024-05-01') },
    ]);
    expect(result.records.adopters).toMatchObject([
      { adopterId: 'A1', enquiryDate: d('2023-09-01'), childrenPlaced: 1, gender: null },
    ]);
    const born = d('2015-06-15');
    expect(result.records.children).toEqual(
      ['C001', 'C002', 'C003', 'C004', 'C005'].map((childId) => ({
        childId,
        gender: 'male',
        ethnicity: 'WBRI',
        birthDate: born,
      })),
    );
    const rows = [1, 1, 1, 1, 1, 1, 1, 1, 2, 1, 1];
    expect(result.files).toEqual([
      {
        name: FILE,
        format: 'annex-a-xlsx',
        list: null,
        rows: 12,
        sheets: rows.map((count, i) => ({ name: `List ${i + 1}`, list: i + 1, rows: count })),
      },
    ]);
  });

  it('shows which lists a workbook holds; a list left out is no issue', async () => {
    const file = await workbookFile(FILE, [
      listSheet(3, [child('C001', { 'Date of referral': '2024-04-02' })]),
    ]);
    const result = await readAnnexAXlsx([file]);
    expect(result.issues).toEqual([]);
    expect(result.files).toEqual([
      {
        name: FILE,
        format: 'annex-a-xlsx',
        list: 3,
        rows: 1,
        sheets: [{ name: 'List 3', list: 3, rows: 1 }],
      },
    ]);
  });

  it('takes a list from sheet names such as List1, L3, "list 4 - assessments" and LIST_7', async () => {
    const names = { 1: 'List1', 3: 'L3', 4: 'list 4 - assessments', 7: 'LIST_7' } as const;
    const file = await workbookFile(FILE, [
      sheet(
        names[1],
        ['Child ID', 'Contact Date'],
        [{ 'Child ID': 'C1', 'Contact Date': '01/04/2024' }],
      ),
      sheet(
        names[3],
        ['Child ID', 'Referral Date'],
        [{ 'Child ID': 'C1', 'Referral Date': '01/04/2024' }],
      ),
      sheet(names[4], ['Child ID'], []),
      sheet(names[7], ['Child ID'], []),
    ]);
    const result = await readAnnexAXlsx([file]);
    expect(result.files[0]?.sheets?.map((s) => [s.name, s.list])).toEqual([
      ['List1', 1],
      ['L3', 3],
      ['list 4 - assessments', 4],
      ['LIST_7', 7],
    ]);
    expect(result.records.contacts.map((c) => c.contactDate)).toEqual([d('2024-04-01')]);
    expect(result.records.referrals.map((c) => c.referralDate)).toEqual([d('2024-04-01')]);
  });

  it('finds the header below title rows, with a warning naming its row', async () => {
    const file = await workbookFile(FILE, [
      {
        name: 'List 1',
        rows: [
          ['Annex A - List 1: Contacts'],
          [],
          ['Drawn 30/09/2024 for the six months before'],
          ANNEX_A_HEADERS[1],
          ['C001', 'a) Male', 'WBRI', null, 8, utcDate('2024-04-01'), '1A'],
        ],
      },
    ]);
    const result = await readAnnexAXlsx([file]);
    expect(result.issues).toEqual([
      {
        severity: 'warning',
        file: FILE,
        sheet: 'List 1',
        row: 4,
        message:
          'The column headers are on row 4: the 2 rows above them were taken as titles and not read.',
      },
    ]);
    expect(result.records.contacts).toEqual([
      { childId: 'C001', contactDate: d('2024-04-01'), source: '1A' },
    ]);
    expect(result.files[0]?.rows).toBe(1);
  });

  it('reads a Date cell, an Excel serial number, ISO text and dd/mm/yyyy text as the same day', async () => {
    const dates = [utcDate('2024-04-01'), 45_383, '2024-04-01', '01/04/2024', '1/4/2024'];
    const file = await workbookFile(FILE, [
      listSheet(
        3,
        dates.map((date, i) => child(`C${i}`, { 'Date of referral': date })),
      ),
    ]);
    const result = await readAnnexAXlsx([file]);
    expect(result.issues).toEqual([]);
    expect(result.records.referrals.map((r) => r.referralDate)).toEqual(dates.map(() => 19_814));
  });

  it('reads header variants and code variants as the CSV reader does', async () => {
    const file = await workbookFile(FILE, [
      sheet(
        'List 3',
        ['CHILD ID', 'sex', 'DOB', 'Referral Date', 'NFA', 'No. of Referrals in Last 12 Months'],
        [
          {
            'CHILD ID': 'C1',
            sex: 'F',
            DOB: '15/06/2015',
            'Referral Date': utcDate('2024-04-02'),
            NFA: 'Y',
            'No. of Referrals in Last 12 Months': 0,
          },
          {
            'CHILD ID': 'C2',
            sex: 2,
            'Referral Date': 45_385,
            NFA: true,
            'No. of Referrals in Last 12 Months': '1',
          },
          { 'CHILD ID': 'C3', sex: 'b) Female', 'Referral Date': '2024-04-04', NFA: 'b) No' },
        ],
      ),
    ]);
    const result = await readAnnexAXlsx([file]);
    expect(result.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(
      result.records.referrals.map((r) => [r.childId, r.referralDate, r.nfa, r.referralsLast12m]),
    ).toEqual([
      ['C1', d('2024-04-02'), true, 0],
      ['C2', d('2024-04-03'), true, 1],
      ['C3', d('2024-04-04'), false, null],
    ]);
    expect(result.records.children.map((c) => c.gender)).toEqual(['female', 'female', 'female']);
  });
});

describe('readAnnexAXlsx(files) with sheets that are not lists', () => {
  it('reads a sheet by its headers when its name gives no list', async () => {
    const file = await workbookFile(FILE, [
      listSheet(3, [child('C001', { 'Date of referral': '2024-04-02' })], 'Referrals'),
    ]);
    const result = await readAnnexAXlsx([file]);
    expect(result.issues).toEqual([]);
    expect(result.files[0]?.sheets).toEqual([{ name: 'Referrals', list: 3, rows: 1 }]);
    expect(result.records.referrals.map((r) => r.childId)).toEqual(['C001']);
  });

  it('sets aside a sheet that is no list with a warning naming it', async () => {
    const file = await workbookFile(FILE, [
      { name: 'Notes', rows: [['Extract notes'], ['Drawn by the BI team']] },
      { name: 'Cover', rows: [] },
      listSheet(1, [child('C001', { 'Date of Contact': '2024-04-01' })]),
    ]);
    const result = await readAnnexAXlsx([file]);
    const setAside = (sheet: string) => ({
      severity: 'warning',
      file: FILE,
      sheet,
      message: `The sheet "${sheet}" is not read: neither its name (such as "List 3") nor its column headers say which Annex A list it holds.`,
    });
    expect(result.issues).toEqual([setAside('Notes'), setAside('Cover')]);
    expect(result.files[0]?.sheets).toEqual([
      { name: 'Notes', list: null, rows: 0 },
      { name: 'Cover', list: null, rows: 0 },
      { name: 'List 1', list: 1, rows: 1 },
    ]);
    expect(result.records.contacts).toHaveLength(1);
  });

  it('warns of an empty list sheet, read as no rows', async () => {
    const file = await workbookFile(FILE, [{ name: 'List 5', rows: [] }]);
    const result = await readAnnexAXlsx([file]);
    expect(result.issues).toEqual([
      {
        severity: 'warning',
        file: FILE,
        sheet: 'List 5',
        message: 'The sheet is empty: there is no header row, so no rows were read.',
      },
    ]);
    expect(result.files[0]?.sheets).toEqual([{ name: 'List 5', list: 5, rows: 0 }]);
  });
});
