/**
 * The front-door children as CIN census XML, one file per census year (2021-22 to 2024-25), each
 * as the council would have sent it: the CINdetails open at some time in the year, every date
 * after its reference date (31 March) not yet known. Later files complete earlier ones.
 */
import { textFile } from '../../src/ingest/annex-a/test-files.ts';
import { block, censusXml, child, type Fields } from '../../src/ingest/cin-census/test-xml.ts';
import type { SourceFile } from '../../src/ingest/index.ts';
import { FRONT_DOOR, type FrontDoorChild, type Referral } from './children.ts';

const CENSUS_YEARS = [2022, 2023, 2024, 2025];

/** `{ name: date }` when the date is known by `asOf`, else nothing. */
const dated = (name: string, date: string | undefined, asOf: string): Fields =>
  date !== undefined && date <= asOf ? { [name]: date } : {};

function details(r: Referral, asOf: string): string {
  const assessments = (r.assessments ?? [])
    .filter((a) => a.start <= asOf)
    .map((a) =>
      block('Assessments', {
        AssessmentActualStartDate: a.start,
        ...dated('AssessmentAuthorisationDate', a.authorised, asOf),
      }),
    );
  const s47s = (r.s47s ?? [])
    .filter((s) => s.start <= asOf)
    .map((s) =>
      block('Section47', {
        S47ActualStartDate: s.start,
        ...dated('DateOfInitialCPC', s.icpc?.date, asOf),
        ICPCnotRequired: s.notRequired ? '1' : '0',
      }),
    );
  const plans = (r.plans ?? [])
    .filter((p) => p.start <= asOf)
    .map((p) =>
      block('ChildProtectionPlans', {
        CPPstartDate: p.start,
        ...dated('CPPendDate', p.end, asOf),
        NumberOfPreviousCPP: String(p.previous),
      }),
    );
  const fields: Fields = {
    CINreferralDate: r.date,
    PrimaryNeedCode: 'N1',
    ...dated('CINclosureDate', r.closed, asOf),
    ReferralNFA: String(r.nfa),
  };
  return block('CINdetails', fields, ...assessments, ...s47s, ...plans);
}

/** The child's CINdetails open in the year `[yearStart, asOf]`, or null when none is. */
function censusChild(c: FrontDoorChild, yearStart: string, asOf: string): string | null {
  const open = c.referrals.filter(
    (r) => r.date <= asOf && (r.closed === undefined || r.closed >= yearStart),
  );
  if (open.length === 0) return null;
  return child({
    ids: {
      LAchildID: c.id,
      PersonBirthDate: c.birth,
      GenderCurrent: c.sex === 'male' ? '1' : '2',
    },
    ethnicity: 'WBRI',
    details: open.map((r) => details(r, asOf)),
  });
}

/** One census file per year, oldest first (the order they are read in). */
export function cinCensusFiles(): SourceFile[] {
  return CENSUS_YEARS.map((year) => {
    const [yearStart, asOf] = [`${year - 1}-04-01`, `${year}-03-31`];
    const children = FRONT_DOOR.map((c) => censusChild(c, yearStart, asOf)).filter(
      (xml): xml is string => xml !== null,
    );
    return textFile(`cin-census-${year}.xml`, censusXml({ year: String(year), children }));
  });
}
