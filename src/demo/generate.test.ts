import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { CATALOGUE, dayOf, isoDay } from '../domain/index.ts';
import { type DemoCouncil, generateDemo } from './index.ts';

const AS_AT = dayOf(2026, 10, 31);
const DATE = /^(\d{2})\/(\d{2})\/(\d{4})$/;

/** The columns after the common five, as ../shared/domain/formats.md lists them. */
const FORMATS_MD: Record<string, string> = {
  'Annex A List 1 - Contacts.csv': 'Date of Contact; Contact Source',
  'Annex A List 3 - Referrals.csv':
    'Date of referral; Referral Source; Referral NFA?; Number of Referrals in Last 12 Months; Allocated Team; Allocated Worker',
  'Annex A List 4 - Assessments.csv':
    "Does the Child have a Disability; Continuous Assessment Start Date; Child Seen During Continuous Assessment; Continuous Assessment Date of Authorisation; Was the child assessed as requiring LA children's social care support?; Allocated Team; Allocated Worker",
  'Annex A List 5 - Section 47 enquiries and ICPCs.csv':
    'Does the Child have a Disability; Strategy discussion initiating Section 47 Enquiry Start Date; Was an Initial Child Protection Conference deemed unnecessary?; Date of Initial Child Protection Conference; Did the Initial Child Protection Conference Result in a Child Protection Plan; Number of Section 47 Enquiries in the last 12 months; Number of ICPCs in the last 12 months; Allocated Team; Allocated Worker',
  'Annex A List 6 - Children in need.csv':
    'Does the Child have a Disability; CIN Start Date; Primary Need Code; Date Child Was Last Seen; CIN Closure Date; Reason for Closure; Case Status; Allocated Team; Allocated Worker',
  'Annex A List 7 - Child protection plans.csv':
    'Does the Child have a Disability; Child Protection Plan Start Date; Initial Category of Abuse; Latest Category of Abuse; Date of the Last Statutory Visit; Was the Child Seen Alone?; Date of latest review conference; Child Protection Plan End Date; Subject to Emergency Protection Order or Protected Under Police Powers in Last Six Months (Y/N); Number of Previous Child Protection Plans; Allocated Team; Allocated Worker',
  'Annex A List 8 - Children looked after.csv':
    "Unaccompanied Asylum Seeking Child (UASC) within the Last 12 Months (Y/N); Does the Child have a Disability; Date Started to be Looked After; Child's Category of Need; Is this a second or subsequent period of being a Looked After Child within the last 12 months (Y/N); Start date of current legal status; Child's Legal Status; Date of Latest Statutory Review; Date of Last Social Work Visit; What is the permanence plan for this child?; Date of Last IRO Visit / Contact to the Child; Date of Last Health Assessment; Date of Last Dental Check; Number of Placements in the Last 12 months; Date Ceased to be Looked After; Reason Ceased to be Looked After; Start Date of Most Recent Placement; Placement Type; Placement Provider; Placement postcode; URN of Placement; Placement Location; LA of Placement; Number of Episodes the Child has been 'Missing' from their Placement in the last 12 months; Number of Episodes the Child has been 'Absent' from their Placement in the last 12 months; Was the child offered a Return Interview after their last missing episode (Y/N)?; Did the child accept a Return Interview after their last missing episode (Y/N)?; Allocated Team; Allocated Worker",
  'Annex A List 9 - Care leavers.csv':
    'UASC, or formerly UASC if 18 or over (Y/N); Does the Child have a Disability; Allocated Team; Allocated Worker; Allocated Personal Advisor; Eligibility Category; Latest Pathway Plan Review Date; LA in Touch; Latest Date of Contact; Type of Accommodation; Suitability of Accommodation; Activity Status',
};
const COMMON_FIVE = 'Child Unique ID; Gender; Ethnicity; Date of Birth; Age of Child (Years)';

/** The key date of each list's records (List 9 has none: one row per young person). */
const KEY_DATE: Record<string, string> = {
  'List 1': 'Date of Contact',
  'List 3': 'Date of referral',
  'List 4': 'Continuous Assessment Start Date',
  'List 5': 'Strategy discussion initiating Section 47 Enquiry Start Date',
  'List 6': 'CIN Start Date',
  'List 7': 'Child Protection Plan Start Date',
  'List 8': 'Date Started to be Looked After',
};

type Row = Record<string, string>;

function rowsOf(text: string): { header: string[]; rows: Row[] } {
  const parsed = Papa.parse<Row>(text, { header: true, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return { header: parsed.meta.fields ?? [], rows: parsed.data };
}

function day(text: string): number {
  const m = DATE.exec(text);
  if (!m) throw new Error(`not a date: ${text}`);
  return dayOf(Number(m[3]), Number(m[2]), Number(m[1]));
}

/** Whole years from `birth` to `on`, counted by hand from the calendar dates. */
function yearsOld(birth: string, on: string): number {
  const [bd, bm, by] = birth.split('/').map(Number) as [number, number, number];
  const [d, m, y] = on.split('/').map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

let demo: DemoCouncil;
let lists: Map<string, { header: string[]; rows: Row[] }>;

beforeAll(() => {
  demo = generateDemo({ asAt: AS_AT });
  lists = new Map(demo.files.map((f) => [f.name.slice(8, 14), rowsOf(f.text)]));
});

describe('generateDemo({ asAt })', () => {
  it('gives byte-identical files, population and targets for the same seed and asAt', () => {
    const again = generateDemo({ asAt: AS_AT, seed: 1 });
    expect(again.files.map((f) => f.name)).toEqual(demo.files.map((f) => f.name));
    const differing = again.files.filter((f, i) => f.text !== demo.files[i]!.text);
    expect(differing.map((f) => f.name)).toEqual([]);
    expect(again.population).toEqual(demo.population);
    expect(again.targets).toEqual(demo.targets);
  });

  it('gives other records for another seed', () => {
    const other = generateDemo({ asAt: AS_AT, seed: 2 });
    expect(other.files[2]!.text === demo.files[2]!.text).toBe(false);
  });

  it('names the fictional council 999 Northmere and covers six financial years to asAt', () => {
    expect(demo.la).toEqual({ code: '999', name: 'Northmere' });
    expect(isoDay(demo.from)).toBe('2021-04-01');
    expect(demo.asAt).toBe(AS_AT);
    expect(isoDay(generateDemo({ asAt: dayOf(2025, 3, 31), years: 2 }).from)).toBe('2023-04-01');
  });

  it('writes Lists 1 and 3 to 9 with the headers exactly as formats.md lists them', () => {
    expect(demo.files.map((f) => f.name)).toEqual(Object.keys(FORMATS_MD));
    for (const f of demo.files) {
      const header = f.text.slice(0, f.text.indexOf('\r\n'));
      const expected = `${COMMON_FIVE}; ${FORMATS_MD[f.name]}`.split('; ');
      expect(Papa.parse<string[]>(header).data[0]).toEqual(expected);
    }
  });

  it('ends every line with CRLF', () => {
    for (const f of demo.files) {
      expect(f.text.endsWith('\r\n')).toBe(true);
      expect(f.text.replaceAll('\r\n', '').includes('\n')).toBe(false);
    }
  });

  it('dates nothing after asAt, in any column of any file', () => {
    const late: string[] = [];
    let dates = 0;
    for (const [list, { rows }] of lists) {
      for (const row of rows) {
        for (const value of Object.values(row)) {
          if (!DATE.test(value)) continue;
          dates++;
          if (day(value) > AS_AT) late.push(`${list}: ${value}`);
        }
      }
    }
    expect(dates).toBeGreaterThan(300_000);
    expect(late).toEqual([]);
  });

  it('holds no two rows with the same list, child and key date', () => {
    for (const [list, key] of Object.entries(KEY_DATE)) {
      const rows = lists.get(list)!.rows;
      const keys = new Set(rows.map((r) => `${r['Child Unique ID']}|${r[key]}`));
      expect(keys.size, list).toBe(rows.length);
    }
    const leavers = lists.get('List 9')!.rows;
    expect(new Set(leavers.map((r) => r['Child Unique ID'])).size).toBe(leavers.length);
  });

  it('gives ages that match the dates of birth: 0-17 at the key date, 16-21 for care leavers', () => {
    const wrong: string[] = [];
    for (const [list, key] of Object.entries(KEY_DATE)) {
      for (const r of lists.get(list)!.rows) {
        const age = yearsOld(r['Date of Birth']!, r[key]!);
        const stated = Number(r['Age of Child (Years)']);
        if (stated !== age || age < 0 || age > 17)
          wrong.push(`${list} ${r['Child Unique ID']} ${age}`);
      }
    }
    for (const r of lists.get('List 9')!.rows) {
      const age = yearsOld(r['Date of Birth']!, '31/10/2026');
      if (Number(r['Age of Child (Years)']) !== age || age < 16 || age > 21)
        wrong.push(`List 9 ${age}`);
    }
    expect(wrong).toEqual([]);
  });

  it('writes coded values with a letter prefix', () => {
    const codes = (list: string, column: string) =>
      new Set(lists.get(list)!.rows.map((r) => r[column]));
    expect(codes('List 1', 'Gender')).toEqual(new Set(['a) Male', 'b) Female']));
    expect(codes('List 3', 'Referral NFA?')).toEqual(new Set(['a) Yes', 'b) No']));
    expect([...codes('List 7', 'Initial Category of Abuse')].sort()).toEqual([
      'a) Neglect',
      'b) Physical abuse',
      'c) Sexual abuse',
      'd) Emotional abuse',
      'e) Multiple',
    ]);
    expect([...codes('List 8', "Child's Legal Status")].sort()).toEqual([
      'a) Interim care order',
      'b) Full care order',
      'c) Placement order granted',
      'e) Accommodated under section 20 (V2)',
      'f) Accommodated under an agreed series of short-term breaks (V3)',
    ]);
  });

  it('gives a mid-year population of about 60,000 children for each calendar year of the span', () => {
    expect(demo.population.map((p) => p.year)).toEqual([2021, 2022, 2023, 2024, 2025, 2026]);
    for (const p of demo.population) expect(Math.abs(p.count - 60_000)).toBeLessThan(2_000);
  });

  it('sets the two agreed targets for each financial year, for catalogue indicators only', () => {
    expect(demo.targets).toHaveLength(12);
    for (const year of [2021, 2022, 2023, 2024, 2025, 2026]) {
      const ofYear = demo.targets.filter((t) => t.financialYear === year);
      expect(ofYear).toContainEqual({
        indicatorId: 'rereferrals_12m_pct',
        financialYear: year,
        value: 20,
        tolerance: 2,
        toleranceKind: 'absolute',
      });
      expect(ofYear).toContainEqual({
        indicatorId: 'assessments_within_45wd_pct',
        financialYear: year,
        value: 85,
        tolerance: 5,
        toleranceKind: 'absolute',
      });
    }
    const ids = new Set(CATALOGUE.map((d) => d.id));
    for (const t of demo.targets) expect(ids.has(t.indicatorId)).toBe(true);
  });
});
