import { describe, expect, it } from 'vitest';
import { parseIsoDay } from '../../domain/index.ts';
import { readAnnexACsv } from './read-csv.ts';
import { csvFile, listFile } from './test-files.ts';

/** Expected days from the domain's ISO parser, not the reader's own date code. */
const d = (iso: string) => parseIsoDay(iso) ?? Number.NaN;
const child = (childId: string, extra: Record<string, string> = {}) => ({
  'Child Unique ID': childId,
  Gender: 'b) Female',
  Ethnicity: 'WBRI',
  'Date of Birth': '01/02/2021',
  'Age of Child (Years)': '3',
  ...extra,
});

describe('readAnnexACsv(files) reading List 10 (adoption)', () => {
  it('reads canonical headers into adoptions, keyed by child and date entered care', () => {
    const result = readAnnexACsv([
      listFile(10, [
        child('D1', {
          'Family identifier': 'F7',
          'Does the Child have a Disability': 'b) No',
          'Date the Child Entered Care': '01/04/2022',
          'Date of Decision that Child Should be Placed for Adoption': '2022-10-03',
          'Date of Placement Order': '01/12/2022',
          'Date of Matching Child and Prospective Adopters': '15/03/2023',
          'Date Placed for Adoption': '01/04/2023',
          'Date of Adoption Order': '29/02/2024',
          'Date the child was placed for fostering in FFA or concurrent planning placement': '',
        }),
        child('D2', {
          'Date the Child Entered Care': '05/05/2022',
          'Date of Decision that Child Should No Longer be Placed for Adoption': '01/03/2024',
          'Reason Why Child No Longer Placed for Adoption':
            'RD1 - The child’s needs changed subsequent to the decision',
        }),
      ]),
    ]);
    expect(result.issues).toEqual([]);
    expect(result.records.adoptions).toEqual([
      {
        childId: 'D1',
        enteredCareDate: d('2022-04-01'),
        familyId: 'F7',
        disability: false,
        decisionDate: d('2022-10-03'),
        placementOrderDate: d('2022-12-01'),
        matchedDate: d('2023-03-15'),
        placedDate: d('2023-04-01'),
        adoptionOrderDate: d('2024-02-29'),
        reversedDate: null,
        reasonReversed: null,
        ffaPlacedDate: null,
      },
      {
        childId: 'D2',
        enteredCareDate: d('2022-05-05'),
        familyId: null,
        disability: null,
        decisionDate: null,
        placementOrderDate: null,
        matchedDate: null,
        placedDate: null,
        adoptionOrderDate: null,
        reversedDate: d('2024-03-01'),
        reasonReversed: 'RD1',
        ffaPlacedDate: null,
      },
    ]);
    expect(result.records.children.map((c) => [c.childId, c.gender])).toEqual([
      ['D1', 'female'],
      ['D2', 'female'],
    ]);
  });

  it('tells the list by variant headers; codes and words read alike; an unknown reason is kept', () => {
    const headers = [
      'Child ID',
      'Date Entered Care',
      'Placement Order Date',
      'Reason Decision Reversed',
    ];
    const row = (id: string, entered: string, reason: string) => ({
      'Child ID': id,
      'Date Entered Care': entered,
      'Placement Order Date': '01/01/2024',
      'Reason Decision Reversed': reason,
    });
    const result = readAnnexACsv([
      csvFile('adoption extract.csv', headers, [
        row('D1', '01/04/2022', 'rd2'),
        row('D2', '01/04/2022', 'Prospective adopters could not be found'),
        row('D3', '01/04/2022', 'Changed plan'),
        row('D4', '', ''),
      ]),
    ]);
    expect(result.files[0]?.list).toBe(10);
    expect(result.records.adoptions.map((a) => [a.childId, a.reasonReversed])).toEqual([
      ['D1', 'RD2'],
      ['D2', 'RD3'],
      ['D3', 'Changed plan'],
    ]);
    expect(result.issues.filter((i) => i.row !== 1)).toMatchObject([
      { severity: 'warning', row: 4, column: 'Reason Decision Reversed', value: 'Changed plan' },
      { severity: 'error', row: 5, column: 'Date Entered Care', value: '' },
    ]);
  });

  it('merges rows of the same child and date entered care, the later winning, and warns', () => {
    const result = readAnnexACsv([
      listFile(10, [
        child('D1', { 'Date the Child Entered Care': '01/04/2022' }),
        child('D1', {
          'Date the Child Entered Care': '01/04/2022',
          'Date of Adoption Order': '01/03/2022',
        }),
      ]),
    ]);
    expect(result.records.adoptions).toMatchObject([{ adoptionOrderDate: d('2022-03-01') }]);
    expect(result.issues).toMatchObject([
      { severity: 'warning', row: 3, column: 'Date of Adoption Order' },
      { severity: 'warning', row: 3, message: expect.stringContaining('Same child and') },
    ]);
  });
});

describe('readAnnexACsv(files) reading List 11 (adopters)', () => {
  it('reads canonical headers into adopters, who are not children', () => {
    const result = readAnnexACsv([
      listFile(11, [
        {
          'Individual adopter identifier': 'A1',
          'Family identifier': 'F7',
          Gender: 'a) Male',
          Ethnicity: 'WBRI',
          'Date of Birth': '29/02/1988',
          'Age of adopter (Years)': '36',
          'Does the adopter have a Disability': 'b) No',
          'Is the (prospective) adopter fostering for adoption?': 'a) Yes',
          'Date enquiry received': '03/01/2022',
          'Date Stage 1 started': '01/02/2022',
          'Date Stage 1 ended': '01/04/2022',
          'Date Stage 2 started': '02/04/2022',
          'Date Stage 2 ended': '30/09/2022',
          'Date application submitted': '02/04/2022',
          'Date application approved': '15/10/2022',
          'Date adopter matched with child(ren)': '15/03/2023',
          'Date child/children placed with adopter(s)': '01/04/2023',
          'No. of children placed': '2',
          'Date of Adoption Order': '29/02/2024',
        },
        {
          'Individual adopter identifier': 'A2',
          'Date enquiry received': '2023-06-01',
          'Date of leaving adoption process': '01/09/2023',
          'Reason for leaving adoption process': '1 - Adopter withdrew from process',
        },
      ]),
    ]);
    expect(result.issues).toEqual([]);
    expect(result.records.adopters).toEqual([
      {
        adopterId: 'A1',
        enquiryDate: d('2022-01-03'),
        familyId: 'F7',
        gender: 'male',
        ethnicity: 'WBRI',
        birthDate: d('1988-02-29'),
        disability: false,
        fosteringForAdoption: true,
        stage1Start: d('2022-02-01'),
        stage1End: d('2022-04-01'),
        stage2Start: d('2022-04-02'),
        stage2End: d('2022-09-30'),
        applicationDate: d('2022-04-02'),
        approvedDate: d('2022-10-15'),
        matchedDate: d('2023-03-15'),
        placedDate: d('2023-04-01'),
        childrenPlaced: 2,
        adoptionOrderDate: d('2024-02-29'),
        leftDate: null,
        reasonLeft: null,
      },
      expect.objectContaining({
        adopterId: 'A2',
        enquiryDate: d('2023-06-01'),
        leftDate: d('2023-09-01'),
        reasonLeft: '1',
      }),
    ]);
    expect(result.records.children).toEqual([]);
  });

  it('tells the list by variant headers and reads the reasons in their common forms', () => {
    const headers = ['Adopter ID', 'Enquiry Date', 'Stage 1 Start Date', 'Reason for Leaving'];
    const row = (id: string, enquiry: string, reason: string) => ({
      'Adopter ID': id,
      'Enquiry Date': enquiry,
      'Stage 1 Start Date': '01/05/2023',
      'Reason for Leaving': reason,
    });
    const result = readAnnexACsv([
      csvFile('adopters.csv', headers, [
        row('A1', '01/04/2023', 'b) Process put on hold'),
        row('A2', '01/04/2023', '3'),
        row('A3', '01/04/2023', 'Moved away'),
        row('', '01/04/2023', ''),
        row('A5', 'soon', ''),
      ]),
    ]);
    expect(result.files[0]?.list).toBe(11);
    expect(result.records.adopters.map((a) => [a.adopterId, a.reasonLeft])).toEqual([
      ['A1', '2'],
      ['A2', '3'],
      ['A3', 'Moved away'],
    ]);
    expect(result.issues.filter((i) => i.row !== 1)).toMatchObject([
      { severity: 'warning', row: 4, column: 'Reason for Leaving', value: 'Moved away' },
      { severity: 'error', row: 5, column: 'Adopter ID', value: '' },
      { severity: 'error', row: 6, column: 'Enquiry Date', value: 'soon' },
    ]);
  });

  it('keeps one record per adopter and enquiry date, the later row winning, and warns of ends before starts', () => {
    const result = readAnnexACsv([
      listFile(11, [
        { 'Individual adopter identifier': 'A1', 'Date enquiry received': '01/04/2023' },
        {
          'Individual adopter identifier': 'A1',
          'Date enquiry received': '01/04/2023',
          'Date Stage 1 started': '01/06/2023',
          'Date Stage 1 ended': '01/05/2023',
        },
        { 'Individual adopter identifier': 'A1', 'Date enquiry received': '01/04/2024' },
      ]),
    ]);
    expect(result.records.adopters.map((a) => [a.enquiryDate, a.stage1End])).toEqual([
      [d('2023-04-01'), d('2023-05-01')],
      [d('2024-04-01'), null],
    ]);
    expect(result.issues).toMatchObject([
      { severity: 'warning', row: 3, column: 'Date Stage 1 ended', value: '01/05/2023' },
      {
        severity: 'warning',
        row: 3,
        message: expect.stringMatching(/^Same adopter and Date enquiry received as row 2/),
      },
    ]);
  });
});
