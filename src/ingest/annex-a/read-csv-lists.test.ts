import { describe, expect, it } from 'vitest';
import { emptyRecordSet, parseIsoDay } from '../../domain/index.ts';
import { readAnnexACsv } from './read-csv.ts';
import { listFile } from './test-files.ts';

/** Expected days from the domain's ISO parser, not the reader's own date code. */
const d = (iso: string) => parseIsoDay(iso) ?? Number.NaN;
const child = (childId: string, extra: Record<string, string> = {}) => ({
  'Child Unique ID': childId,
  Gender: 'a) Male',
  Ethnicity: 'WBRI',
  'Date of Birth': '15/06/2015',
  'Age of Child (Years)': '8',
  ...extra,
});

describe('readAnnexACsv(files) with canonical headers', () => {
  it('reads List 1 contacts and their children', () => {
    const result = readAnnexACsv([
      listFile(1, [
        child('C001', { 'Date of Contact': '01/04/2024', 'Contact Source': '1A' }),
        child('C002', {
          Gender: 'b) Female',
          'Date of Birth': '',
          'Date of Contact': '02/04/2024',
        }),
      ]),
    ]);
    expect(result.issues).toEqual([]);
    expect(result.files).toEqual([{ name: 'List 1.csv', format: 'annex-a-csv', list: 1, rows: 2 }]);
    expect(result.records.contacts).toEqual([
      { childId: 'C001', contactDate: 19_814, source: '1A' },
      { childId: 'C002', contactDate: 19_815, source: null },
    ]);
    expect(result.records.children).toEqual([
      { childId: 'C001', gender: 'male', ethnicity: 'WBRI', birthDate: d('2015-06-15') },
      { childId: 'C002', gender: 'female', ethnicity: 'WBRI', birthDate: null },
    ]);
  });

  it('reads List 3 referrals', () => {
    const result = readAnnexACsv([
      listFile(3, [
        child('C001', {
          'Date of referral': '02/04/2024',
          'Referral Source': '1B',
          'Referral NFA?': 'b) No',
          'Number of Referrals in Last 12 Months': '0',
          'Allocated Team': 'Team A',
        }),
        child('C002', { 'Date of referral': '03/04/2024', 'Referral NFA?': 'a) Yes' }),
      ]),
    ]);
    expect(result.issues).toEqual([]);
    expect(result.records.referrals).toEqual([
      {
        childId: 'C001',
        referralDate: d('2024-04-02'),
        source: '1B',
        nfa: false,
        referralsLast12m: 0,
      },
      {
        childId: 'C002',
        referralDate: d('2024-04-03'),
        source: null,
        nfa: true,
        referralsLast12m: null,
      },
    ]);
  });

  it('reads List 4 assessments', () => {
    const result = readAnnexACsv([
      listFile(4, [
        child('C001', {
          'Continuous Assessment Start Date': '03/04/2024',
          'Child Seen During Continuous Assessment': 'a) Yes',
          'Continuous Assessment Date of Authorisation': '20/05/2024',
          "Was the child assessed as requiring LA children's social care support?": 'b) No',
        }),
        child('C002', {
          'Continuous Assessment Start Date': '04/04/2024',
          'Child Seen During Continuous Assessment': 'c) Unknown',
        }),
      ]),
    ]);
    expect(result.issues).toEqual([]);
    expect(result.records.assessments).toEqual([
      {
        childId: 'C001',
        startDate: d('2024-04-03'),
        authorisedDate: d('2024-05-20'),
        childSeen: true,
        needsSupport: false,
      },
      {
        childId: 'C002',
        startDate: d('2024-04-04'),
        authorisedDate: null,
        childSeen: null,
        needsSupport: null,
      },
    ]);
  });

  it('reads List 5 section 47 enquiries', () => {
    const result = readAnnexACsv([
      listFile(5, [
        child('C001', {
          'Strategy discussion initiating Section 47 Enquiry Start Date': '04/04/2024',
          'Was an Initial Child Protection Conference deemed unnecessary?': 'b) No',
          'Date of Initial Child Protection Conference': '18/04/2024',
          'Did the Initial Child Protection Conference Result in a Child Protection Plan': 'a) Yes',
        }),
      ]),
    ]);
    expect(result.issues).toEqual([]);
    expect(result.records.s47s).toEqual([
      {
        childId: 'C001',
        startDate: d('2024-04-04'),
        icpcNotRequired: false,
        icpcDate: d('2024-04-18'),
        icpcResultedInPlan: true,
      },
    ]);
  });

  it('reads List 7 child protection plans', () => {
    const result = readAnnexACsv([
      listFile(7, [
        child('C001', {
          'Child Protection Plan Start Date': '18/04/2024',
          'Initial Category of Abuse': 'a) Neglect',
          'Latest Category of Abuse': 'd) Emotional abuse',
          'Child Protection Plan End Date': '',
          'Number of Previous Child Protection Plans': '1',
        }),
        child('C002', {
          'Child Protection Plan Start Date': '01/01/2023',
          'Child Protection Plan End Date': '2024-01-31',
        }),
      ]),
    ]);
    expect(result.issues).toEqual([]);
    expect(result.records.cpPlans).toEqual([
      {
        childId: 'C001',
        startDate: d('2024-04-18'),
        endDate: null,
        initialCategory: 'NEG',
        latestCategory: 'EMO',
        previousPlans: 1,
      },
      {
        childId: 'C002',
        startDate: d('2023-01-01'),
        endDate: d('2024-01-31'),
        initialCategory: null,
        latestCategory: null,
        previousPlans: null,
      },
    ]);
  });

  it('reads List 8 children looked after into periods of care', () => {
    const result = readAnnexACsv([
      listFile(8, [
        child('C001', {
          'Date Started to be Looked After': '01/05/2024',
          'Start date of current legal status': '01/05/2024',
          "Child's Legal Status": 'a) Interim care order',
          'Number of Placements in the Last 12 months': '2',
          'Start Date of Most Recent Placement': '15/06/2024',
          'Placement Type': 'U3',
        }),
        child('C002', {
          'Date Started to be Looked After': '01/02/2024',
          "Child's Legal Status": 'e) Accommodated under S20 (V2)',
          'Date Ceased to be Looked After': '31/03/2024',
          'Reason Ceased to be Looked After': 'E11',
        }),
      ]),
    ]);
    expect(result.issues).toEqual([]);
    expect(result.records.carePeriods).toEqual([
      {
        childId: 'C001',
        startDate: d('2024-05-01'),
        endDate: null,
        legalStatus: 'C1',
        legalStatusStart: d('2024-05-01'),
        placementsLast12m: 2,
        placementStart: d('2024-06-15'),
        placementType: 'U3',
        reasonCeased: null,
      },
      {
        childId: 'C002',
        startDate: d('2024-02-01'),
        endDate: d('2024-03-31'),
        legalStatus: 'V2',
        legalStatusStart: null,
        placementsLast12m: null,
        placementStart: null,
        placementType: null,
        reasonCeased: 'E11',
      },
    ]);
  });

  it('keeps one child per id across files, the last row read winning, in first-seen order', () => {
    const result = readAnnexACsv([
      listFile(1, [
        child('C001', { 'Date of Contact': '01/04/2024' }),
        child('C002', { 'Date of Contact': '01/04/2024' }),
      ]),
      listFile(3, [
        child('C001', { Gender: 'U', Ethnicity: '', 'Date of referral': '02/04/2024' }),
      ]),
    ]);
    expect(result.records.children).toEqual([
      { childId: 'C001', gender: 'unknown', ethnicity: null, birthDate: d('2015-06-15') },
      { childId: 'C002', gender: 'male', ethnicity: 'WBRI', birthDate: d('2015-06-15') },
    ]);
  });

  it('reads lists 10 and 11, named or not, into adoptions and adopters', () => {
    const entered = { 'Date the Child Entered Care': '01/04/2023' };
    const adopter = (id: string) => ({
      'Individual adopter identifier': id,
      'Date enquiry received': '02/01/2024',
    });
    const result = readAnnexACsv([
      listFile(10, [child('C001', entered), child('C002', entered)], 'extract-a.csv'),
      listFile(11, [adopter('A1'), adopter('A2')], 'extract-b.csv'),
    ]);
    expect(result.issues).toEqual([]);
    expect(result.records.adoptions.map((a) => [a.childId, a.enteredCareDate])).toEqual([
      ['C001', d('2023-04-01')],
      ['C002', d('2023-04-01')],
    ]);
    expect(result.records.adopters.map((a) => [a.adopterId, a.enquiryDate])).toEqual([
      ['A1', d('2024-01-02')],
      ['A2', d('2024-01-02')],
    ]);
    expect({ ...result.records, adoptions: [], adopters: [] }).toEqual({
      ...emptyRecordSet(),
      children: result.records.children,
    });
    expect(result.files.map((f) => [f.list, f.rows])).toEqual([
      [10, 2],
      [11, 2],
    ]);
  });
});
