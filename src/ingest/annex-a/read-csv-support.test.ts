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
  'Date of Birth': '29/02/2004',
  'Age of Child (Years)': '20',
  ...extra,
});

describe('readAnnexACsv(files) reading List 2 (early help assessments)', () => {
  it('reads canonical headers into earlyHelp', () => {
    const result = readAnnexACsv([
      listFile(2, [
        child('E1', {
          'Assessment start date': '01/04/2024',
          'Assessment completion date': '2024-05-10',
          'Organisation completing assessment': 'Primary school',
        }),
        child('E2', { 'Assessment start date': '02/04/2024' }),
      ]),
    ]);
    expect(result.issues).toEqual([]);
    expect(result.records.earlyHelp).toEqual([
      {
        childId: 'E1',
        startDate: 19_814,
        completedDate: d('2024-05-10'),
        organisation: 'Primary school',
      },
      { childId: 'E2', startDate: 19_815, completedDate: null, organisation: null },
    ]);
    expect(result.records.children.map((c) => c.childId)).toEqual(['E1', 'E2']);
  });

  it('reads variant headers, and reports a blank start date as an error', () => {
    const headers = ['Child ID', 'EHA Start Date', 'EHA Completion Date', 'Lead Organisation'];
    const result = readAnnexACsv([
      csvFile('early help.csv', headers, [
        { 'Child ID': 'E1', 'EHA Start Date': '01/04/2024', 'Lead Organisation': 'Health' },
        { 'Child ID': 'E2', 'EHA Completion Date': '03/04/2024' },
      ]),
    ]);
    expect(result.files[0]?.list).toBe(2);
    expect(result.records.earlyHelp).toEqual([
      { childId: 'E1', startDate: 19_814, completedDate: null, organisation: 'Health' },
    ]);
    const errors = result.issues.filter((i) => i.severity === 'error');
    expect(errors).toMatchObject([{ row: 3, column: 'EHA Start Date', value: '' }]);
  });
});

describe('readAnnexACsv(files) reading List 6 (children in need)', () => {
  it('reads canonical headers into cinEpisodes, keeping the need and closure codes', () => {
    const result = readAnnexACsv([
      listFile(6, [
        child('N1', {
          'Does the Child have a Disability': 'b) No',
          'CIN Start Date': '01/04/2024',
          'Primary Need Code': 'N1) Abuse or neglect',
          'Date Child Was Last Seen': '15/04/2024',
          'CIN Closure Date': '30/04/2024',
          'Reason for Closure': 'RC8) Case closed after assessment, no further action',
          'Case Status': 'd) Closed',
        }),
        child('N2', { 'CIN Start Date': '02/04/2024', 'Primary Need Code': 'a) N4 Family' }),
      ]),
    ]);
    expect(result.issues).toEqual([]);
    expect(result.records.cinEpisodes).toEqual([
      {
        childId: 'N1',
        startDate: 19_814,
        endDate: 19_843,
        primaryNeed: 'N1',
        reasonClosed: 'RC8',
        lastSeen: 19_828,
        disability: false,
      },
      {
        childId: 'N2',
        startDate: 19_815,
        endDate: null,
        primaryNeed: 'N4',
        reasonClosed: null,
        lastSeen: null,
        disability: null,
      },
    ]);
  });

  it('reads variant headers and plain codes; an unknown need is kept with a warning, a blank start is an error', () => {
    const headers = ['LA Child ID', 'Child in Need Start Date', 'Primary Need', 'Closure Reason'];
    const h = (id: string, start: string, need: string, closure: string) => ({
      'LA Child ID': id,
      'Child in Need Start Date': start,
      'Primary Need': need,
      'Closure Reason': closure,
    });
    const result = readAnnexACsv([
      csvFile('cin.csv', headers, [
        h('N1', '2024-04-01', 'n9', 'rc1'),
        h('N2', '2024-04-02', 'Abuse', ''),
        h('N3', '', 'N1', ''),
      ]),
    ]);
    expect(result.files[0]?.list).toBe(6);
    expect(
      result.records.cinEpisodes.map((e) => [e.childId, e.primaryNeed, e.reasonClosed]),
    ).toEqual([
      ['N1', 'N9', 'RC1'],
      ['N2', 'Abuse', null],
    ]);
    expect(result.issues.filter((i) => i.row !== 1)).toMatchObject([
      { severity: 'warning', row: 3, column: 'Primary Need', value: 'Abuse' },
      { severity: 'error', row: 4, column: 'Child in Need Start Date', value: '' },
    ]);
  });

  it('warns, keeping the episode, when the closure date is before the start', () => {
    const result = readAnnexACsv([
      listFile(6, [
        child('N1', { 'CIN Start Date': '10/04/2024', 'CIN Closure Date': '01/04/2024' }),
      ]),
    ]);
    expect(result.records.cinEpisodes).toHaveLength(1);
    expect(result.issues).toMatchObject([{ severity: 'warning', column: 'CIN Closure Date' }]);
  });
});

describe('readAnnexACsv(files) reading List 9 (care leavers)', () => {
  it('reads canonical headers into careLeavers, one per child', () => {
    const result = readAnnexACsv([
      listFile(9, [
        child('L1', {
          'UASC, or formerly UASC if 18 or over (Y/N)': 'b) No',
          'Eligibility Category': 'b) Former relevant child',
          'Latest Pathway Plan Review Date': '01/03/2024',
          'LA in Touch': 'a) Yes',
          'Latest Date of Contact': '02/04/2024',
          'Type of Accommodation': 'K) Independent living',
          'Suitability of Accommodation': 'a) Suitable',
          'Activity Status': 'F2) Full time in education other than higher education',
        }),
        child('L2', {
          'LA in Touch': 'c) Young person refuses contact',
          'Type of Accommodation': 'R) Residence not known',
          'Activity Status': '0) Information not known',
        }),
      ]),
    ]);
    expect(result.issues).toEqual([]);
    expect(result.records.careLeavers).toEqual([
      {
        childId: 'L1',
        birthDate: d('2004-02-29'),
        eligibility: 'b) Former relevant child',
        inTouch: 'YES',
        latestContact: 19_815,
        accommodation: 'K',
        accommodationSuitable: true,
        activity: 'F2',
        pathwayPlanReview: d('2024-03-01'),
        uasc: false,
      },
      {
        childId: 'L2',
        birthDate: d('2004-02-29'),
        eligibility: null,
        inTouch: 'REFU',
        latestContact: null,
        accommodation: 'R',
        accommodationSuitable: null,
        activity: '0',
        pathwayPlanReview: null,
        uasc: null,
      },
    ]);
  });

  it('reads variant headers and plain codes, keeps words it has no code for with a warning', () => {
    const headers = ['Child Ref', 'UASC', 'In Touch', 'Accommodation Type', 'Activity'];
    const headers2 = ['Accommodation Suitability', 'Last Contact Date'];
    const result = readAnnexACsv([
      csvFile(
        'leavers.csv',
        [...headers, ...headers2],
        [
          {
            'Child Ref': 'L1',
            UASC: 'Y',
            'In Touch': 'NREQ',
            'Accommodation Type': 'd',
            Activity: 'Apprenticeship',
            'Accommodation Suitability': 'Unsuitable',
            'Last Contact Date': '01/04/2024',
          },
        ],
      ),
    ]);
    expect(result.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(result.issues).toContainEqual(
      expect.objectContaining({ severity: 'warning', column: 'Activity', value: 'Apprenticeship' }),
    );
    expect(result.files[0]?.list).toBe(9);
    expect(result.records.careLeavers).toEqual([
      {
        childId: 'L1',
        birthDate: null,
        eligibility: null,
        inTouch: 'NREQ',
        latestContact: 19_814,
        accommodation: 'D',
        accommodationSuitable: false,
        activity: 'Apprenticeship',
        pathwayPlanReview: null,
        uasc: true,
      },
    ]);
  });

  it('keeps one record per child (the later row), and reports a blank child id', () => {
    const result = readAnnexACsv([
      listFile(9, [
        child('L1', { 'LA in Touch': 'Yes' }),
        child('L1', { 'LA in Touch': 'No' }),
        child('', { 'LA in Touch': 'Died' }),
        child('L2', { 'LA in Touch': 'Maybe' }),
      ]),
    ]);
    expect(result.records.careLeavers.map((l) => [l.childId, l.inTouch])).toEqual([
      ['L1', 'NO'],
      ['L2', 'Maybe'],
    ]);
    expect(result.issues).toMatchObject([
      { severity: 'warning', row: 3 },
      { severity: 'error', row: 4, column: 'Child Unique ID', value: '' },
      { severity: 'warning', row: 5, column: 'LA in Touch', value: 'Maybe' },
    ]);
  });
});
