/**
 * The children as an Annex A extract taken on the as-at date: Lists 3, 4, 5 and 7 from the front
 * door, List 8 (one row per period of care, as the extract shows it then) from the episodes,
 * List 9 from the care leavers. Coded fields in the words extracts commonly use.
 */
import { type Cells, listFile } from '../../src/ingest/annex-a/test-files.ts';
import type { SourceFile } from '../../src/ingest/index.ts';
import {
  AS_AT,
  CARE_LEAVERS,
  type Episode,
  FRONT_DOOR,
  type FrontDoorChild,
  LOOKED_AFTER,
  type LookedAfterChild,
  type Sex,
} from './children.ts';
import { carePeriods, placementsOverlapping } from './periods.ts';

export const uk = (iso = '') => iso.split('-').reverse().join('/');
const yesNo = (value: boolean | undefined) =>
  value === undefined ? '' : value ? 'a) Yes' : 'b) No';

function common(child: { id: string; sex: Sex; birth: string }): Cells {
  return {
    'Child Unique ID': child.id,
    Gender: child.sex === 'male' ? 'a) Male' : 'b) Female',
    Ethnicity: 'WBRI',
    'Date of Birth': uk(child.birth),
  };
}

function frontDoorRows(c: FrontDoorChild): Record<3 | 4 | 5 | 7, Cells[]> {
  const rows: Record<3 | 4 | 5 | 7, Cells[]> = { 3: [], 4: [], 5: [], 7: [] };
  for (const r of c.referrals) {
    rows[3].push({
      ...common(c),
      'Date of referral': uk(r.date),
      'Referral NFA?': yesNo(r.nfa),
      'Number of Referrals in Last 12 Months': String(r.last12m),
    });
    for (const a of r.assessments ?? []) {
      rows[4].push({
        ...common(c),
        'Continuous Assessment Start Date': uk(a.start),
        'Continuous Assessment Date of Authorisation': uk(a.authorised),
      });
    }
    for (const s of r.s47s ?? []) {
      rows[5].push({
        ...common(c),
        'Strategy discussion initiating Section 47 Enquiry Start Date': uk(s.start),
        'Was an Initial Child Protection Conference deemed unnecessary?': yesNo(s.notRequired),
        'Date of Initial Child Protection Conference': uk(s.icpc?.date),
        'Did the Initial Child Protection Conference Result in a Child Protection Plan': yesNo(
          s.icpc?.plan,
        ),
      });
    }
    for (const p of r.plans ?? []) {
      rows[7].push({
        ...common(c),
        'Child Protection Plan Start Date': uk(p.start),
        'Child Protection Plan End Date': uk(p.end),
        'Number of Previous Child Protection Plans': String(p.previous),
      });
    }
  }
  return rows;
}

const LEGAL_STATUS_WORDS: Readonly<Record<string, string>> = {
  C1: 'a) Interim care order',
  C2: 'b) Full care order',
  E1: 'c) Placement order granted',
  V2: 'e) Accommodated under section 20',
  V3: 'Single short break',
  V4: 'Short breaks under an agreement',
  L2: 'Emergency protection order',
};

/** One List 8 row per period of care, as an extract on the as-at date shows it. */
function list8Rows(c: LookedAfterChild): Cells[] {
  return carePeriods(c.episodes).map((episodes) => {
    const last = episodes.at(-1) as Episode;
    const current = episodes.findLast((e) => e.ls !== last.ls);
    const statusStart = episodes[current ? episodes.indexOf(current) + 1 : 0]?.start;
    const placed = episodes.findLast((e) => 'SPBTU'.includes(e.rne));
    const shortBreak = last.ls === 'V3' || last.ls === 'V4';
    return {
      ...common(c),
      'Date Started to be Looked After': uk(episodes[0]?.start),
      "Child's Legal Status": LEGAL_STATUS_WORDS[last.ls] ?? last.ls,
      'Start date of current legal status': uk(statusStart),
      'Number of Placements in the Last 12 months': shortBreak
        ? ''
        : String(placementsOverlapping(episodes, AS_AT)),
      'Date Ceased to be Looked After': last.rec === 'X1' ? '' : uk(last.end),
      'Reason Ceased to be Looked After': last.rec === 'X1' ? '' : (last.rec ?? ''),
      'Start Date of Most Recent Placement': uk(placed?.start),
      'Placement Type': last.place,
    };
  });
}

const IN_TOUCH: Readonly<Record<string, string>> = {
  YES: 'a) Yes',
  REFU: 'c) Young person refuses contact',
  NREQ: 'No longer required',
  DIED: 'DIED',
};

function list9Rows(): Cells[] {
  return CARE_LEAVERS.map((l) => ({
    ...common(l),
    'LA in Touch': IN_TOUCH[l.inTouch] ?? l.inTouch,
    'Type of Accommodation': l.accommodation.slice(0, 1),
    'Suitability of Accommodation':
      l.accommodation === '' ? '' : l.accommodation.endsWith('1') ? 'a) Suitable' : 'b) Unsuitable',
    'Activity Status': l.activity,
  }));
}

/**
 * The extract's files. List 4 repeats one row exactly, as extracts sometimes do: the reader
 * warns and counts it once.
 */
export function annexAFiles(): SourceFile[] {
  const front = FRONT_DOOR.map(frontDoorRows);
  const rows = (list: 3 | 4 | 5 | 7) => front.flatMap((r) => r[list]);
  const assessments = rows(4);
  return [
    listFile(3, rows(3)),
    listFile(4, [...assessments, assessments[0] as Cells]),
    listFile(5, rows(5)),
    listFile(7, rows(7)),
    listFile(8, LOOKED_AFTER.flatMap(list8Rows)),
    listFile(9, list9Rows()),
  ];
}
