import { describe, expect, it } from 'vitest';
import { dayOf } from '../../domain/index.ts';
import { textFile } from '../annex-a/test-files.ts';
import { readCinCensus } from './read-census.ts';
import { block, censusXml, child, node } from './test-xml.ts';

/** One CINdetails with one of each record, dated in the 2016-17 census year. */
const details2017 = block(
  'CINdetails',
  {
    CINreferralDate: '2016-05-03',
    ReferralSource: '1A',
    PrimaryNeedCode: 'N1',
    CINclosureDate: '2017-02-20',
    ReasonForClosure: 'RC1',
    ReferralNFA: 'false',
  },
  block('Assessments', {
    AssessmentActualStartDate: '2016-05-04',
    AssessmentInternalReviewDate: '2016-05-20',
    AssessmentAuthorisationDate: '2016-06-10',
  }),
  block('CINPlanDates', { CINPlanStartDate: '2016-06-10', CINPlanEndDate: '2016-09-01' }),
  block('Section47', {
    S47ActualStartDate: '2016-05-05',
    InitialCPCtarget: '2016-05-26',
    DateOfInitialCPC: '2016-05-25',
    ICPCnotRequired: '0',
  }),
  block(
    'ChildProtectionPlans',
    {
      CPPstartDate: '2016-05-25',
      CPPendDate: '2017-01-10',
      InitialCategoryOfAbuse: 'NEG',
      LatestCategoryOfAbuse: 'EMO',
      NumberOfPreviousCPP: '2',
    },
    node('Reviews', '<CPPreviewDate>2016-08-17</CPPreviewDate>'),
  ),
);

const CHILD_2017 = {
  childId: 'C001',
  gender: 'female',
  ethnicity: 'WBRI',
  birthDate: dayOf(2010, 7, 14),
};

describe('readCinCensus(files) reads every schema year', () => {
  it('reads a 2017-style file with GenderCurrent into one record of each kind', () => {
    const xml = censusXml({
      year: '2017',
      la: '201',
      children: [
        child({
          ids: {
            LAchildID: 'C001',
            UPN: 'A123',
            PersonBirthDate: '2010-07-14',
            GenderCurrent: '2',
          },
          ethnicity: 'WBRI',
          details: [details2017],
        }),
      ],
    });
    const result = readCinCensus([textFile('cin2017.xml', xml)]);
    expect(result.issues).toEqual([]);
    expect(result.files).toEqual([
      { name: 'cin2017.xml', format: 'cin-census-xml', list: null, rows: 1 },
    ]);
    expect(result.census).toEqual([
      { file: 'cin2017.xml', year: '2017', referenceDate: '2017-03-31', la: '201', repeated: 0 },
    ]);
    expect(result.records.children).toEqual([CHILD_2017]);
    expect(result.records.referrals).toEqual([
      {
        childId: 'C001',
        referralDate: dayOf(2016, 5, 3),
        source: '1A',
        nfa: false,
        referralsLast12m: null,
      },
    ]);
    expect(result.records.assessments).toEqual([
      {
        childId: 'C001',
        startDate: dayOf(2016, 5, 4),
        authorisedDate: dayOf(2016, 6, 10),
        childSeen: null,
        needsSupport: null,
      },
    ]);
    expect(result.records.s47s).toEqual([
      {
        childId: 'C001',
        startDate: dayOf(2016, 5, 5),
        icpcNotRequired: false,
        icpcDate: dayOf(2016, 5, 25),
        icpcResultedInPlan: true,
      },
    ]);
    expect(result.records.cpPlans).toEqual([
      {
        childId: 'C001',
        startDate: dayOf(2016, 5, 25),
        endDate: dayOf(2017, 1, 10),
        initialCategory: 'NEG',
        latestCategory: 'EMO',
        previousPlans: 2,
      },
    ]);
    expect(result.records.cinEpisodes).toEqual([
      {
        childId: 'C001',
        startDate: dayOf(2016, 5, 3),
        endDate: dayOf(2017, 2, 20),
        primaryNeed: 'N1',
        reasonClosed: 'RC1',
        lastSeen: null,
        disability: null,
      },
    ]);
    expect(result.records.contacts).toEqual([]);
    expect(result.records.carePeriods).toEqual([]);
  });

  it('reads GenderCurrent codes 0, 1, 2 and 9', () => {
    const children = ['0', '1', '2', '9'].map((code, i) =>
      child({ ids: { LAchildID: `G${i}`, GenderCurrent: code }, details: [] }),
    );
    const result = readCinCensus([textFile('g.xml', censusXml({ year: '2020', children }))]);
    expect(result.records.children.map((c) => c.gender)).toEqual([
      'unknown',
      'male',
      'female',
      'unknown',
    ]);
  });

  it('reads a 2025-style file with Sex M, F and U', () => {
    const children = ['M', 'F', 'U'].map((code, i) =>
      child({
        ids: { LAchildID: `S${i}`, PersonBirthDate: '2019-01-31', Sex: code },
        details: [block('CINdetails', { CINreferralDate: '2024-06-01', ReferralNFA: 'true' })],
      }),
    );
    const result = readCinCensus([textFile('cin2025.xml', censusXml({ year: '2025', children }))]);
    expect(result.issues).toEqual([]);
    expect(result.records.children).toEqual([
      { childId: 'S0', gender: 'male', ethnicity: null, birthDate: dayOf(2019, 1, 31) },
      { childId: 'S1', gender: 'female', ethnicity: null, birthDate: dayOf(2019, 1, 31) },
      { childId: 'S2', gender: 'unknown', ethnicity: null, birthDate: dayOf(2019, 1, 31) },
    ]);
    expect(result.records.referrals.map((r) => r.nfa)).toEqual([true, true, true]);
  });

  it('passes over a 2026 pre-proceedings block and other unknown elements without an issue', () => {
    const details = block(
      'CINdetails',
      { CINreferralDate: '2025-04-02', ReferralSource: '5A', SomethingNew: 'x' },
      block('PreProceedings', { PreProceedingsStartDate: '2025-05-01', Outcome: 'P1' }),
      block('Assessments', { AssessmentActualStartDate: '2025-04-03' }),
    );
    const xml = censusXml({
      year: '2026',
      children: [child({ ids: { LAchildID: 'P1', Sex: 'F' }, details: [details] })],
    });
    const result = readCinCensus([textFile('cin2026.xml', xml)]);
    expect(result.issues).toEqual([]);
    expect(result.records.referrals).toEqual([
      {
        childId: 'P1',
        referralDate: dayOf(2025, 4, 2),
        source: '5A',
        nfa: null,
        referralsLast12m: null,
      },
    ]);
    expect(result.records.assessments).toHaveLength(1);
  });
});

describe('readCinCensus(files) reads census booleans and the ICPC outcome', () => {
  const withS47 = (id: string, nfa: string, s47: Record<string, string>, planStart?: string) =>
    child({
      ids: { LAchildID: id },
      details: [
        block(
          'CINdetails',
          { CINreferralDate: '2023-09-01', ReferralNFA: nfa },
          block('Section47', { S47ActualStartDate: '2023-09-02', ...s47 }),
          ...(planStart === undefined
            ? []
            : [block('ChildProtectionPlans', { CPPstartDate: planStart })]),
        ),
      ],
    });

  it('reads true, false, 1 and 0', () => {
    const children = [
      withS47('B1', 'true', { ICPCnotRequired: 'false' }),
      withS47('B2', 'false', { ICPCnotRequired: 'true' }),
      withS47('B3', '1', { ICPCnotRequired: '0' }),
      withS47('B4', '0', { ICPCnotRequired: '1' }),
    ];
    const result = readCinCensus([textFile('b.xml', censusXml({ year: '2024', children }))]);
    expect(result.issues).toEqual([]);
    expect(result.records.referrals.map((r) => r.nfa)).toEqual([true, false, true, false]);
    expect(result.records.s47s.map((s) => s.icpcNotRequired)).toEqual([false, true, false, true]);
  });

  it('says an ICPC resulted in a plan only when a plan starts on its day; null when none was held', () => {
    const children = [
      withS47('I1', '0', { DateOfInitialCPC: '2023-09-20' }, '2023-09-20'),
      withS47('I2', '0', { DateOfInitialCPC: '2023-09-20' }, '2023-09-21'),
      withS47('I3', '0', { DateOfInitialCPC: '2023-09-20' }),
      withS47('I4', '0', { ICPCnotRequired: 'true' }),
    ];
    const result = readCinCensus([textFile('i.xml', censusXml({ year: '2024', children }))]);
    expect(result.records.s47s.map((s) => s.icpcResultedInPlan)).toEqual([
      true,
      false,
      false,
      null,
    ]);
  });
});
