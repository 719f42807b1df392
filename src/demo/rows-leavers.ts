/** List 9: care leavers aged 16 to 21 on the extract date, one row per young person. */
import type { Day } from '../domain/index.ts';
import { csvField } from './csv.ts';
import { ageAt, ukDate } from './dates.ts';
import type { CareRec } from './model.ts';
import type { Rng, Weighted } from './random.ts';
import {
  childLine,
  type Extract,
  inOrder,
  type ListSpec,
  recentDay,
  workerOf,
  yesNo,
} from './rows-common.ts';

/** Reasons for leaving care after which a young person is not a care leaver. */
const NOT_LEAVING = ['E11)', 'E12)', 'E41)', 'E45)', 'E46)', 'E47)', 'E48)', 'E15)', 'E16)'];

const ACCOMMODATION: Weighted<string> = [
  ['B) With parents or relatives', 14],
  ['C) Community home or other form of residential care', 3],
  ['D) Semi-independent, transitional accommodation', 16],
  ['E) Supported lodgings', 8],
  ['G) Ordinary lodgings', 3],
  ['K) Independent living', 28],
  ['Z) With former foster carers', 14],
  ['T) Bed and breakfast', 1],
  ['U) In custody', 2],
  ['V) Emergency accommodation', 1],
  ['W) Other accommodation', 3],
];

const ACTIVITY: Weighted<string> = [
  ['F1) Full time in higher education', 6],
  ['P1) Part time in higher education', 1],
  ['F2) Full time in education other than higher education', 22],
  ['P2) Part time in education other than higher education', 3],
  ['F4) Full time in training or employment', 16],
  ['P4) Part time in training or employment', 8],
  ['G4) Not in education, training or employment - illness or disability', 9],
  ['G5) Not in education, training or employment - other reasons', 26],
  ['G6) Not in education, training or employment - pregnancy or parenting', 5],
];

const IN_TOUCH: Weighted<string> = [
  ['a) Yes', 90],
  ['b) No', 6],
  ['c) Young person refuses contact', 4],
];

/** Whether a period of care makes its child a care leaver on `asAt`. */
function isLeaver(care: CareRec, asAt: Day): boolean {
  if (care.end > asAt || care.statuses[0]!.code === 'V3') return false;
  if (NOT_LEAVING.some((code) => care.reason.startsWith(code))) return false;
  const age = ageAt(care.child.birth, asAt);
  return (
    ageAt(care.child.birth, care.end) >= 16 && care.end - care.start >= 91 && age >= 16 && age <= 21
  );
}

function livingColumns(rng: Rng, inTouch: boolean, end: Day, asAt: Day): string[] {
  if (!inTouch) {
    return [
      ukDate(recentDay(rng, asAt - 90, 270, end)),
      'R) Residence not known',
      '',
      '0) Information not known',
    ];
  }
  const accommodation = rng.weighted(ACCOMMODATION);
  const risky = /^[TUV]\)/.test(accommodation);
  const suitable = risky ? rng.chance(0.2) : rng.chance(0.92);
  return [
    ukDate(recentDay(rng, asAt, 56, end)),
    accommodation,
    suitable ? 'a) Suitable' : 'b) Unsuitable',
    rng.weighted(ACTIVITY),
  ];
}

/** The cells after the common five, as raw values. */
function cells(care: CareRec, x: Extract): string[] {
  const child = care.child;
  const adult = ageAt(child.birth, x.asAt) >= 18;
  const touch = x.rng.weighted(IN_TOUCH);
  const team = 'Leaving Care Team';
  const living = livingColumns(x.rng, touch === 'a) Yes', care.end, x.asAt);
  return [
    yesNo(care.uasc),
    yesNo(child.disabled),
    team,
    adult ? '' : workerOf(team, child),
    `PA${String(10 + (child.serial % 23)).padStart(3, '0')}`,
    adult ? 'b) Former relevant child' : 'a) Relevant child',
    ukDate(recentDay(x.rng, x.asAt, 180, care.end)),
    touch,
    ...living,
  ];
}

/** One row per care leaver, from their latest period of care. */
export const LEAVERS: ListSpec<CareRec> = {
  select: (sim, x) => {
    const latest = new Map<string, CareRec>();
    for (const care of sim.cares) if (isLeaver(care, x.asAt)) latest.set(care.child.id, care);
    return inOrder([...latest.values()], (c) => c.end);
  },
  line: (care, x) => childLine(care.child, x.asAt, cells(care, x).map(csvField)),
};
