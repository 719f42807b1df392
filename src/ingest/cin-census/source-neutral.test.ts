import { describe, expect, it } from 'vitest';
import type { RecordSet } from '../../domain/index.ts';
import { readAnnexACsv } from '../annex-a/read-csv.ts';
import { type Cells, listFile, textFile } from '../annex-a/test-files.ts';
import { readCinCensus } from './read-census.ts';
import { block, censusXml, child, type Fields } from './test-xml.ts';

/** Three children, as a council's system holds them; dates are `yyyy-mm-dd`, codes the census's. */
interface Case {
  id: string;
  gender: { annexA: string; census: string };
  birth: string;
  disability: { annexA: string; census: readonly string[] };
  referral: { date: string; source: string; nfa: boolean };
  /** The episode of need that starts with the referral. */
  need: { code: string; closed?: string; reason?: string };
  assessment?: { start: string; authorised: string };
  s47?: { start: string; icpc?: string; notRequired: boolean; resultedInPlan?: boolean };
  plan?: { start: string; end?: string; initial: string; latest: string; previous: string };
}

const CASES: readonly Case[] = [
  {
    id: 'N1',
    gender: { annexA: 'a) Male', census: '1' },
    birth: '2012-03-04',
    disability: { annexA: 'a) Yes', census: ['MOB', 'LD'] },
    referral: { date: '2024-04-10', source: '1A', nfa: false },
    need: { code: 'N1' },
    assessment: { start: '2024-04-11', authorised: '2024-05-20' },
    s47: { start: '2024-04-12', icpc: '2024-05-01', notRequired: false, resultedInPlan: true },
    plan: { start: '2024-05-01', end: '2024-11-30', initial: 'NEG', latest: 'MUL', previous: '1' },
  },
  {
    id: 'N2',
    gender: { annexA: 'b) Female', census: '2' },
    birth: '2018-12-25',
    disability: { annexA: 'b) No', census: ['NONE'] },
    referral: { date: '2024-06-03', source: '5B', nfa: false },
    need: { code: 'N5', closed: '2024-09-30', reason: 'RC7' },
    assessment: { start: '2024-06-03', authorised: '2024-07-01' },
    s47: { start: '2024-06-04', icpc: '2024-06-25', notRequired: false, resultedInPlan: false },
  },
  {
    id: 'N3',
    gender: { annexA: 'c) Unknown', census: '9' },
    birth: '2009-07-01',
    disability: { annexA: '', census: [] },
    referral: { date: '2024-09-30', source: '9', nfa: true },
    need: { code: 'N9', closed: '2024-10-02', reason: 'RC8' },
    s47: { start: '2024-10-01', notRequired: true },
  },
];

const uk = (iso = '') => iso.split('-').reverse().join('/');
/** How Annex A extracts commonly write the census codes. */
const ANNEX_A_WORDS: Readonly<Record<string, string>> = {
  '1A': 'a) 1A: Individual',
  '5B': 'o) 5B: LA services',
  '9': 't) 9: Anonymous',
  NEG: 'a) Neglect',
  MUL: 'e) Multiple',
  N1: 'N1) Abuse or neglect',
  N5: 'a) N5 Family dysfunction',
  N9: 'N9',
  RC7: 'RC7) Services ceased for any other reason, including child no longer in need',
  RC8: 'Case closed after assessment, no further action',
};
const words = (code = '') => ANNEX_A_WORDS[code] ?? code;
const yesNo = (value: boolean | undefined) =>
  value === undefined ? '' : value ? 'a) Yes' : 'b) No';

function annexARows(c: Case): Record<3 | 4 | 5 | 6 | 7, Cells[]> {
  const common = {
    'Child Unique ID': c.id,
    Gender: c.gender.annexA,
    Ethnicity: 'WBRI',
    'Date of Birth': uk(c.birth),
  };
  const { assessment: a, s47, plan } = c;
  return {
    3: [
      {
        ...common,
        'Date of referral': uk(c.referral.date),
        'Referral Source': words(c.referral.source),
        'Referral NFA?': yesNo(c.referral.nfa),
        'Number of Referrals in Last 12 Months': '2',
      },
    ],
    4: a
      ? [
          {
            ...common,
            'Continuous Assessment Start Date': uk(a.start),
            'Child Seen During Continuous Assessment': 'a) Yes',
            'Continuous Assessment Date of Authorisation': uk(a.authorised),
            "Was the child assessed as requiring LA children's social care support?": 'a) Yes',
          },
        ]
      : [],
    5: s47
      ? [
          {
            ...common,
            'Strategy discussion initiating Section 47 Enquiry Start Date': uk(s47.start),
            'Was an Initial Child Protection Conference deemed unnecessary?': yesNo(
              s47.notRequired,
            ),
            'Date of Initial Child Protection Conference': uk(s47.icpc),
            'Did the Initial Child Protection Conference Result in a Child Protection Plan': yesNo(
              s47.resultedInPlan,
            ),
          },
        ]
      : [],
    6: [
      {
        ...common,
        'Does the Child have a Disability': c.disability.annexA,
        'CIN Start Date': uk(c.referral.date),
        'Primary Need Code': words(c.need.code),
        'CIN Closure Date': uk(c.need.closed),
        'Reason for Closure': words(c.need.reason),
      },
    ],
    7: plan
      ? [
          {
            ...common,
            'Child Protection Plan Start Date': uk(plan.start),
            'Initial Category of Abuse': words(plan.initial),
            'Latest Category of Abuse': words(plan.latest),
            'Child Protection Plan End Date': uk(plan.end),
            'Number of Previous Child Protection Plans': plan.previous,
          },
        ]
      : [],
  };
}

function censusChild(c: Case): string {
  const { assessment: a, s47, plan } = c;
  const icpc: Fields = s47?.icpc === undefined ? {} : { DateOfInitialCPC: s47.icpc };
  const end: Fields = plan?.end === undefined ? {} : { CPPendDate: plan.end };
  const closure: Fields = c.need.closed === undefined ? {} : { CINclosureDate: c.need.closed };
  const reason: Fields = c.need.reason === undefined ? {} : { ReasonForClosure: c.need.reason };
  const details = block(
    'CINdetails',
    {
      CINreferralDate: c.referral.date,
      ReferralSource: c.referral.source,
      PrimaryNeedCode: c.need.code,
      ...closure,
      ...reason,
      ReferralNFA: String(c.referral.nfa),
    },
    ...(a
      ? [
          block('Assessments', {
            AssessmentActualStartDate: a.start,
            AssessmentAuthorisationDate: a.authorised,
          }),
        ]
      : []),
    ...(s47
      ? [
          block('Section47', {
            S47ActualStartDate: s47.start,
            ...icpc,
            ICPCnotRequired: s47.notRequired ? '1' : '0',
          }),
        ]
      : []),
    ...(plan
      ? [
          block('ChildProtectionPlans', {
            CPPstartDate: plan.start,
            ...end,
            InitialCategoryOfAbuse: plan.initial,
            LatestCategoryOfAbuse: plan.latest,
            NumberOfPreviousCPP: plan.previous,
          }),
        ]
      : []),
  );
  return child({
    ids: { LAchildID: c.id, PersonBirthDate: c.birth, GenderCurrent: c.gender.census },
    ethnicity: 'WBRI',
    disabilities: c.disability.census,
    details: [details],
  });
}

/** The records without the fields only Annex A carries. */
function comparable(records: RecordSet) {
  return {
    children: records.children,
    referrals: records.referrals.map(({ referralsLast12m: _, ...rest }) => rest),
    assessments: records.assessments.map(({ childSeen: _, needsSupport: __, ...rest }) => rest),
    s47s: records.s47s,
    cpPlans: records.cpPlans,
    cinEpisodes: records.cinEpisodes.map(({ lastSeen: _, ...rest }) => rest),
  };
}

describe('readCinCensus(files) and readAnnexACsv(files) agree on the same children', () => {
  it('gives equal children, referrals, episodes of need, assessments, s47s and plans', () => {
    const rows = CASES.map(annexARows);
    const annexA = readAnnexACsv(
      ([3, 4, 5, 6, 7] as const).map((list) =>
        listFile(
          list,
          rows.flatMap((r) => r[list]),
        ),
      ),
    );
    const census = readCinCensus([
      textFile('cin.xml', censusXml({ year: '2025', children: CASES.map(censusChild) })),
    ]);
    expect(annexA.issues).toEqual([]);
    expect(census.issues).toEqual([]);
    expect(census.records.s47s.map((s) => s.icpcResultedInPlan)).toEqual([true, false, null]);
    expect([census.records.assessments.length, census.records.cpPlans.length]).toEqual([2, 1]);
    expect(comparable(census.records)).toEqual(comparable(annexA.records));
    expect(annexA.records.referrals.map((r) => r.referralsLast12m)).toEqual([2, 2, 2]);
    expect(
      census.records.cinEpisodes.map((e) => [e.primaryNeed, e.reasonClosed, e.disability]),
    ).toEqual([
      ['N1', null, true],
      ['N5', 'RC7', false],
      ['N9', 'RC8', null],
    ]);
    expect(census.records.cpPlans.map((p) => [p.initialCategory, p.latestCategory])).toEqual([
      ['NEG', 'MUL'],
    ]);
  });
});
