import { describe, expect, it } from 'vitest';
import { parseIsoDay } from '../../domain/index.ts';
import { readAnnexACsv } from './read-csv.ts';
import { csvFile, listFile } from './test-files.ts';

/** Expected days from the domain's ISO parser, not the reader's own date code. */
const d = (iso: string) => parseIsoDay(iso) ?? Number.NaN;

describe('readAnnexACsv(files) with header variants', () => {
  it('matches headers whatever their case, spacing and punctuation, ignoring unknown columns', () => {
    const headers = [
      'CHILD_ID',
      'sex',
      'Ethnic Origin',
      'DOB (dd/mm/yyyy)',
      'Notes',
      'Referral Date',
      'Source of Referral',
      'NFA',
      'No. of Referrals in Last 12 Months',
    ];
    const row = {
      CHILD_ID: 'C001',
      sex: 'F',
      'Ethnic Origin': 'WBRI',
      'DOB (dd/mm/yyyy)': '2015-06-15',
      Notes: '?',
      'Referral Date': '02/04/2024',
      'Source of Referral': '5A',
      NFA: 'Y',
      'No. of Referrals in Last 12 Months': '3',
    };
    const result = readAnnexACsv([csvFile('referrals export.csv', headers, [row])]);
    expect(result.issues).toEqual([]);
    expect(result.files[0]?.list).toBe(3);
    expect(result.records.referrals).toEqual([
      {
        childId: 'C001',
        referralDate: d('2024-04-02'),
        source: '5A',
        nfa: true,
        referralsLast12m: 3,
      },
    ]);
    expect(result.records.children).toEqual([
      { childId: 'C001', gender: 'female', ethnicity: 'WBRI', birthDate: d('2015-06-15') },
    ]);
  });

  it('reads the variant names of assessment, plan and care columns', () => {
    const result = readAnnexACsv([
      csvFile(
        'List 4.csv',
        ['Unique Child ID', 'Assessment Start Date', 'Assessment authorisation date'],
        [
          {
            'Unique Child ID': 'C001',
            'Assessment Start Date': '01/04/2024',
            'Assessment authorisation date': '02/04/2024',
          },
        ],
      ),
      csvFile(
        'List 7.csv',
        ['ChildUniqueID', 'CP Plan Start Date', 'CP Plan End Date'],
        [{ ChildUniqueID: 'C001', 'CP Plan Start Date': '01/04/2024', 'CP Plan End Date': '' }],
      ),
      csvFile(
        'List 8.csv',
        ['Child ID', 'CLA Start Date', 'Legal Status', 'CLA End Date'],
        [
          {
            'Child ID': 'C001',
            'CLA Start Date': '01/04/2024',
            'Legal Status': 'C2',
            'CLA End Date': '',
          },
        ],
      ),
    ]);
    expect(result.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(result.records.assessments.map((a) => [a.startDate, a.authorisedDate])).toEqual([
      [19_814, 19_815],
    ]);
    expect(result.records.cpPlans.map((p) => [p.startDate, p.endDate])).toEqual([[19_814, null]]);
    expect(result.records.carePeriods.map((p) => [p.startDate, p.legalStatus])).toEqual([
      [19_814, 'C2'],
    ]);
  });
});

describe('readAnnexACsv(files) with code variants', () => {
  it('reads every spelling of yes, no, unknown and gender through a file', () => {
    const yesNo = [
      'a) Yes',
      'Yes',
      'Y',
      '1',
      'TRUE',
      'true',
      'b) No',
      'No',
      'N',
      '0',
      'FALSE',
      'c) Unknown',
      'Unknown',
      '',
    ];
    const genders = [
      'a) Male',
      'Male',
      'M',
      '1',
      'b) Female',
      'F',
      '2',
      'c) Unknown',
      'U',
      '0',
      '9',
      'd) Neither',
      'Other',
      '3',
    ];
    const rows = yesNo.map((nfa, i) => ({
      'Child Unique ID': `C${i}`,
      Gender: genders[i] ?? '',
      'Date of referral': '01/04/2024',
      'Referral NFA?': nfa,
    }));
    const result = readAnnexACsv([listFile(3, rows)]);
    expect(result.issues).toEqual([]);
    expect(result.records.referrals.map((r) => r.nfa)).toEqual([
      ...[true, true, true, true, true, true],
      ...[false, false, false, false, false],
      ...[null, null, null],
    ]);
    expect(result.records.children.map((c) => c.gender)).toEqual([
      ...['male', 'male', 'male', 'male'],
      ...['female', 'female', 'female'],
      ...['unknown', 'unknown', 'unknown', 'unknown'],
      ...['other', 'other', 'other'],
    ]);
  });

  it('reads legal status wording and codes through a file', () => {
    const statuses = [
      'b) Full care order',
      'V3',
      'g) Short breaks, agreements recorded',
      'Remanded (J1)',
    ];
    const rows = statuses.map((status, i) => ({
      'Child Unique ID': `C${i}`,
      'Date Started to be Looked After': '01/04/2024',
      "Child's Legal Status": status,
    }));
    const result = readAnnexACsv([listFile(8, rows)]);
    expect(result.issues).toEqual([]);
    expect(result.records.carePeriods.map((p) => p.legalStatus)).toEqual(['C2', 'V3', 'V4', 'J1']);
  });
});
