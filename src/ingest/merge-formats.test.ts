import { describe, expect, it } from 'vitest';
import { dayOf } from '../domain/index.ts';
import { listFile, textFile } from './annex-a/test-files.ts';
import { block, censusXml, child } from './cin-census/test-xml.ts';
import { readCaseFiles } from './read-files.ts';

/** The same referral and plan of child R1 in Annex A (with the Annex A only count) and the census. */
const common = { 'Child Unique ID': 'R1', 'Date of Birth': '01/01/2015', Gender: 'b) Female' };
const annexA = [
  listFile(3, [
    {
      ...common,
      'Date of referral': '02/05/2024',
      'Referral NFA?': 'b) No',
      'Number of Referrals in Last 12 Months': '1',
    },
    { ...common, 'Date of referral': '03/06/2024', 'Referral NFA?': 'b) No' },
  ]),
  listFile(7, [{ ...common, 'Child Protection Plan Start Date': '20/05/2024' }]),
];
const census = textFile(
  'cin_census_2025.xml',
  censusXml({
    year: '2025',
    children: [
      child({
        ids: { LAchildID: 'R1', PersonBirthDate: '2015-01-02', Sex: 'F' },
        details: [
          block(
            'CINdetails',
            { CINreferralDate: '2024-05-02', ReferralNFA: 'false' },
            block('ChildProtectionPlans', { CPPstartDate: '2024-05-20' }),
          ),
        ],
      }),
    ],
  }),
);

describe('readCaseFiles(files) with the same records in two formats', () => {
  it('keeps one record per key, the format read later winning whole, with a warning', async () => {
    const result = await readCaseFiles([...annexA, census]);
    expect(result.records.referrals.map((r) => [r.referralDate, r.referralsLast12m])).toEqual([
      [dayOf(2024, 5, 2), null],
      [dayOf(2024, 6, 3), null],
    ]);
    expect(result.records.cpPlans).toHaveLength(1);
    expect(result.records.children.map((c) => [c.childId, c.birthDate])).toEqual([
      ['R1', dayOf(2015, 1, 2)],
    ]);
    expect(result.issues.map((i) => [i.file, i.message])).toEqual([
      [
        'cin_census_2025.xml',
        '1 referrals in the CIN census files are also in files of another format read before them (same child and date): each is counted once, as the CIN census files give it.',
      ],
      [
        'cin_census_2025.xml',
        '1 child protection plans in the CIN census files are also in files of another format read before them (same child and date): each is counted once, as the CIN census files give it.',
      ],
    ]);
  });

  it('leaves the records of one format as its reader gives them', async () => {
    const result = await readCaseFiles(annexA);
    expect(result.records.referrals.map((r) => r.referralsLast12m)).toEqual([1, null]);
    expect(result.issues).toEqual([]);
  });
});
