/** A period of care: how it ends, its legal statuses, placements and the reason it ceased. */
import { addMonths, type Day, type LegalStatus } from '../domain/index.ts';
import { NEED_ABSENT, NEED_ABUSE, NEED_DISABILITY, NEEDS } from './codes.ts';
import { ageAt } from './dates.ts';
import type { CareRec, SimChild } from './model.ts';
import { placementsFor, shortBreakPlacement } from './placements.ts';
import type { Rng, Weighted } from './random.ts';

export type Route = 'emergency' | 'fromPlan' | 'fromCin' | 'uasc' | 'shortBreaks';
export type Exit = 'home' | 'adoption' | 'sgo' | 'cao' | 'eighteen' | 'other';

/** How periods of care end, by age on entry: under 1, under 5, under 10, older. */
const EXITS: readonly Weighted<Exit>[] = [
  [
    ['home', 30],
    ['adoption', 42],
    ['sgo', 22],
    ['eighteen', 6],
  ],
  [
    ['home', 42],
    ['adoption', 22],
    ['sgo', 24],
    ['eighteen', 12],
  ],
  [
    ['home', 48],
    ['sgo', 15],
    ['cao', 5],
    ['eighteen', 32],
  ],
  [
    ['home', 55],
    ['sgo', 3],
    ['eighteen', 40],
    ['other', 2],
  ],
];

function exitFor(rng: Rng, age: number, route: Route): Exit {
  if (route === 'uasc') return rng.chance(0.9) ? 'eighteen' : 'other';
  if (route === 'shortBreaks') return 'other';
  return rng.weighted(EXITS[age < 1 ? 0 : age < 5 ? 1 : age < 10 ? 2 : 3]!);
}

interface Timeline {
  end: Day;
  placementOrder: Day | null;
  placedForAdoption: Day | null;
}

/** A timeline ending on `end`, without a placement for adoption. */
function endingOn(end: Day): Timeline {
  return { end, placementOrder: null, placedForAdoption: null };
}

function timelineFor(rng: Rng, exit: Exit, start: Day, route: Route): Timeline {
  switch (exit) {
    case 'home':
      return endingOn(start + 7 + Math.min(1000, Math.round(rng.exponential(200))));
    case 'adoption': {
      const order = start + rng.int(270, 420);
      const placed = order + rng.int(60, 240);
      return { end: placed + rng.int(180, 330), placementOrder: order, placedForAdoption: placed };
    }
    case 'sgo':
      return endingOn(start + rng.int(300, 900));
    case 'cao':
      return endingOn(start + rng.int(200, 600));
    case 'eighteen':
      return endingOn(Number.POSITIVE_INFINITY);
    case 'other':
      return endingOn(start + (route === 'shortBreaks' ? rng.int(365, 1800) : rng.int(60, 500)));
    default: {
      const unreachable: never = exit;
      return unreachable;
    }
  }
}

type Statuses = CareRec['statuses'];

function firstStatus(rng: Rng, route: Route): LegalStatus {
  if (route === 'shortBreaks') return 'V3';
  if (route === 'uasc') return 'V2';
  const orderShare = route === 'fromPlan' ? 0.75 : route === 'emergency' ? 0.6 : 0.3;
  return rng.chance(orderShare) ? 'C1' : 'V2';
}

/** Legal statuses in order, each starting before the period ends. */
function statusesFor(rng: Rng, route: Route, exit: Exit, start: Day, t: Timeline): Statuses {
  const out: Statuses = [{ code: firstStatus(rng, route), start }];
  const add = (code: LegalStatus, day: Day) => {
    if (day < t.end && day > out[out.length - 1]!.start) out.push({ code, start: day });
  };
  if (route === 'uasc' || route === 'shortBreaks') return out;
  const toOrder = exit === 'adoption' || exit === 'sgo' || exit === 'cao' || rng.chance(0.5);
  if (out[0]!.code === 'V2' && exit !== 'home' && toOrder) add('C1', start + rng.int(20, 150));
  const last = out[out.length - 1]!;
  if (last.code === 'C1' && (exit !== 'home' || rng.chance(0.5)))
    add('C2', last.start + rng.int(150, 300));
  if (t.placementOrder !== null) add('E1', t.placementOrder);
  return out;
}

const REASONS: Record<Exit, Weighted<string>> = {
  home: [
    [
      'E4A) Returned home to live with parents or other person with parental responsibility as part of the care planning process',
      85,
    ],
    [
      'E4B) Returned home to live with parents or other person with parental responsibility not as part of the care planning process',
      10,
    ],
    [
      'E13) Left care to live with parents, relatives or other person with no parental responsibility',
      5,
    ],
  ],
  adoption: [
    ['E11) Adopted - application for an adoption order unopposed', 60],
    ['E12) Adopted - consent dispensed with by the court', 40],
  ],
  sgo: [
    [
      'E45) Special guardianship order made to former foster carers who are relatives or friends',
      45,
    ],
    [
      'E46) Special guardianship order made to former foster carers other than relatives or friends',
      15,
    ],
    [
      'E47) Special guardianship order made to carers other than former foster carers who are relatives or friends',
      35,
    ],
    [
      'E48) Special guardianship order made to carers other than former foster carers or relatives or friends',
      5,
    ],
  ],
  cao: [['E41) Child arrangements order granted', 1]],
  eighteen: [
    ['E17) Aged 18 and remained with current carers (staying put)', 25],
    ['E5) Moved into independent living with formalised advice and support', 45],
    ['E6) Moved into independent living without formalised advice and support', 12],
    ['E8) Period of being looked after ceased for any other reason', 13],
    ['E7) Transferred to residential care funded by adult social care services', 5],
  ],
  other: [['E8) Period of being looked after ceased for any other reason', 1]],
};

const UASC_OTHER: Weighted<string> = [
  ['E15) Age assessment determined child is aged 18 or over', 60],
  ['E16) Child moved abroad', 40],
];

const PERMANENCE: Record<Exit, string> = {
  home: 'a) Return to family',
  adoption: 'b) Adoption',
  sgo: 'c) Special guardianship order',
  cao: 'd) Child arrangements order',
  eighteen: 'e) Long-term fostering',
  other: 'h) Other',
};

function needFor(rng: Rng, route: Route): string {
  if (route === 'uasc') return NEED_ABSENT;
  if (route === 'shortBreaks') return NEED_DISABILITY;
  if (route !== 'fromCin' && rng.chance(0.8)) return NEED_ABUSE;
  return rng.weighted(NEEDS);
}

function reasonFor(rng: Rng, exit: Exit, route: Route, agedOut: boolean): string {
  if (agedOut) return rng.weighted(REASONS.eighteen);
  return rng.weighted(route === 'uasc' && exit === 'other' ? UASC_OTHER : REASONS[exit]);
}

/** A period of care for `child` from `start`, by the route into care. */
export function simulateCare(
  rng: Rng,
  child: SimChild,
  start: Day,
  route: Route,
): { care: CareRec; exit: Exit } {
  const age = ageAt(child.birth, start);
  const exit = exitFor(rng, age, route);
  const t = timelineFor(rng, exit, start, route);
  t.end = Math.min(t.end, child.adult);
  const span = { start, end: t.end };
  const care: CareRec = {
    child,
    start,
    end: t.end,
    statuses: statusesFor(rng, route, exit, start, t),
    placements:
      route === 'shortBreaks'
        ? shortBreakPlacement(rng, start)
        : placementsFor(rng, child, span, t.placedForAdoption),
    reason: reasonFor(rng, exit, route, t.end === child.adult),
    need: needFor(rng, route),
    permanence:
      age >= 15 && exit === 'eighteen' && rng.chance(0.4)
        ? 'g) Supported living in the community'
        : PERMANENCE[exit],
    uasc: route === 'uasc',
    returned: returnedWithinYear(child, start),
    missingProne: age >= 11 && rng.chance(0.3),
  };
  return { care, exit };
}

/** Whether the child left care within the 12 months before `start`. */
export function returnedWithinYear(child: SimChild, start: Day): boolean {
  const yearAgo = addMonths(start, -12);
  return child.careEnds.some((end) => end >= yearAgo && end <= start);
}
