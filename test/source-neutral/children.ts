/**
 * Hand-made children, as a council's case system holds them, to be written into each format:
 * the front door (referrals, assessments, section 47 enquiries, plans) for Annex A and the CIN
 * census; periods of care as SSDA903 episodes (Annex A List 8 is derived from them the way an
 * extract shows them); care leavers for OC3 and List 9. Dates are `yyyy-mm-dd`. The data covers
 * 1 April 2022 to 31 March 2025; a few records are older history.
 */

export const FROM = '2022-04-01';
export const AS_AT = '2025-03-31';

/** ONS mid-year estimates of children aged 0-17 (made up), for rates per 10,000. */
export const POPULATION = new Map([
  [2021, 40_100],
  [2022, 40_400],
  [2023, 40_800],
  [2024, 41_000],
]);

export type Sex = 'male' | 'female';

export interface Icpc {
  date: string;
  /** The conference resulted in a plan; the plan then starts that day (as the census infers). */
  plan: boolean;
}

export interface S47 {
  start: string;
  icpc?: Icpc;
  notRequired: boolean;
}

export interface Plan {
  start: string;
  end?: string;
  /** "Number of Previous Child Protection Plans" as the system records it. */
  previous: number;
}

/** A referral and what followed it: one CINdetails in the census. */
export interface Referral {
  date: string;
  nfa: boolean;
  /** Annex A "Number of Referrals in Last 12 Months" (the census has no such field). */
  last12m: number;
  closed?: string;
  assessments?: { start: string; authorised?: string }[];
  s47s?: S47[];
  plans?: Plan[];
}

export interface FrontDoorChild {
  id: string;
  birth: string;
  sex: Sex;
  referrals: Referral[];
}

export const FRONT_DOOR: readonly FrontDoorChild[] = [
  {
    // a re-referral exactly 12 months after the first; a same-day authorisation
    id: 'F1',
    birth: '2015-01-20',
    sex: 'female',
    referrals: [
      {
        date: '2023-05-15',
        nfa: false,
        last12m: 0,
        closed: '2023-09-29',
        assessments: [{ start: '2023-05-16', authorised: '2023-06-30' }],
      },
      {
        date: '2024-05-15',
        nfa: false,
        last12m: 1,
        closed: '2024-12-20',
        assessments: [{ start: '2024-05-15', authorised: '2024-05-15' }],
      },
    ],
  },
  {
    // 12 months and a day: not a re-referral
    id: 'F2',
    birth: '2012-08-08',
    sex: 'male',
    referrals: [
      {
        date: '2023-06-10',
        nfa: false,
        last12m: 0,
        closed: '2023-08-01',
        assessments: [{ start: '2023-06-12', authorised: '2023-07-20' }],
      },
      { date: '2024-06-11', nfa: true, last12m: 0, closed: '2024-06-11' },
    ],
  },
  {
    // 29 February; an assessment over Easter 2024 authorised after exactly 45 working days
    id: 'F3',
    birth: '2019-02-28',
    sex: 'female',
    referrals: [
      {
        date: '2024-02-29',
        nfa: false,
        last12m: 0,
        closed: '2024-07-01',
        assessments: [{ start: '2024-03-20', authorised: '2024-05-28' }],
      },
      {
        date: '2025-02-28',
        nfa: false,
        last12m: 1,
        assessments: [{ start: '2025-03-03' }],
      },
    ],
  },
  {
    // ICPC after exactly 15 working days; a plan ended exactly 2 years after it started; a
    // 45-working-day assessment over the 2022 Platinum Jubilee; a repeat plan within 2 years
    id: 'F4',
    birth: '2010-04-01',
    sex: 'male',
    referrals: [
      {
        date: '2022-05-03',
        nfa: false,
        last12m: 0,
        closed: '2024-06-10',
        assessments: [{ start: '2022-05-04', authorised: '2022-07-08' }],
        s47s: [
          { start: '2022-05-05', icpc: { date: '2022-05-26', plan: true }, notRequired: false },
        ],
        plans: [{ start: '2022-05-26', end: '2024-05-26', previous: 0 }],
      },
      {
        date: '2024-09-02',
        nfa: false,
        last12m: 0,
        assessments: [{ start: '2024-09-02', authorised: '2024-11-06' }],
        s47s: [
          { start: '2024-09-03', icpc: { date: '2024-09-25', plan: true }, notRequired: false },
        ],
        plans: [{ start: '2024-09-25', previous: 1 }],
      },
    ],
  },
  {
    // a plan ending on 31 March; earlier plans known only from the previous-plans count
    id: 'F5',
    birth: '2017-11-11',
    sex: 'female',
    referrals: [
      {
        date: '2023-09-18',
        nfa: false,
        last12m: 0,
        closed: '2024-04-30',
        assessments: [{ start: '2023-09-18', authorised: '2023-11-01' }],
        s47s: [
          { start: '2023-09-19', icpc: { date: '2023-10-09', plan: true }, notRequired: false },
        ],
        plans: [{ start: '2023-10-09', end: '2024-03-31', previous: 2 }],
      },
    ],
  },
  {
    // a conference deemed unnecessary; one that did not result in a plan; over Christmas
    id: 'F6',
    birth: '2008-12-25',
    sex: 'male',
    referrals: [
      {
        date: '2023-12-18',
        nfa: false,
        last12m: 0,
        closed: '2024-03-15',
        assessments: [{ start: '2023-12-18', authorised: '2024-02-29' }],
        s47s: [{ start: '2023-12-19', notRequired: true }],
      },
      {
        date: '2024-10-01',
        nfa: false,
        last12m: 1,
        closed: '2024-11-30',
        s47s: [
          { start: '2024-10-02', icpc: { date: '2024-10-21', plan: false }, notRequired: false },
        ],
      },
    ],
  },
  {
    // a re-referral counted from a referral before the data starts; the State Funeral; an
    // assessment still open at the as-at date after more than 45 working days
    id: 'F7',
    birth: '2013-06-30',
    sex: 'female',
    referrals: [
      { date: '2021-11-01', nfa: false, last12m: 0, closed: '2022-01-31' },
      {
        date: '2022-09-05',
        nfa: false,
        last12m: 1,
        closed: '2023-01-31',
        assessments: [{ start: '2022-09-06', authorised: '2022-11-09' }],
      },
      { date: '2024-12-02', nfa: false, last12m: 0, assessments: [{ start: '2024-12-02' }] },
    ],
  },
  {
    // an assessment over the 2023 Coronation
    id: 'F8',
    birth: '2011-03-14',
    sex: 'male',
    referrals: [
      {
        date: '2023-04-26',
        nfa: false,
        last12m: 0,
        closed: '2023-07-31',
        assessments: [{ start: '2023-04-26', authorised: '2023-06-28' }],
      },
    ],
  },
  {
    id: 'F9',
    birth: '2020-06-01',
    sex: 'female',
    referrals: [{ date: '2025-01-06', nfa: true, last12m: 0, closed: '2025-01-06' }],
  },
];

/** An SSDA903 episode: DECOM, RNE, LS, PLACE, then DEC and REC when it has ended. */
export interface Episode {
  start: string;
  rne: 'S' | 'L' | 'P' | 'T' | 'B' | 'U';
  ls: string;
  place: string;
  end?: string;
  rec?: string;
}

export interface LookedAfterChild {
  id: string;
  birth: string;
  sex: Sex;
  episodes: Episode[];
}

export const LOOKED_AFTER: readonly LookedAfterChild[] = [
  {
    // legal status change (X1 then RNE L, same placement), then a placement change
    id: 'L1',
    birth: '2014-02-14',
    sex: 'male',
    episodes: [
      { start: '2022-09-01', rne: 'S', ls: 'C2', place: 'U4', end: '2023-03-01', rec: 'X1' },
      { start: '2023-03-01', rne: 'L', ls: 'E1', place: 'U4', end: '2023-11-10', rec: 'X1' },
      { start: '2023-11-10', rne: 'P', ls: 'E1', place: 'A5', end: '2024-08-31', rec: 'E11' },
    ],
  },
  {
    // looked after since before the data starts, in one placement since May 2022: stable
    id: 'L2',
    birth: '2012-07-01',
    sex: 'female',
    episodes: [
      { start: '2021-06-01', rne: 'S', ls: 'C2', place: 'U4', end: '2022-05-01', rec: 'X1' },
      { start: '2022-05-01', rne: 'P', ls: 'C2', place: 'U4' },
    ],
  },
  {
    // three placements in 2024-25
    id: 'L3',
    birth: '2009-03-03',
    sex: 'male',
    episodes: [
      { start: '2024-04-15', rne: 'S', ls: 'V2', place: 'U1', end: '2024-07-01', rec: 'X1' },
      { start: '2024-07-01', rne: 'P', ls: 'V2', place: 'K2', end: '2024-11-20', rec: 'X1' },
      { start: '2024-11-20', rne: 'P', ls: 'V2', place: 'U4' },
    ],
  },
  {
    // two short breaks (V3), then looked after: interim care order, then a full care order
    id: 'L4',
    birth: '2016-09-09',
    sex: 'female',
    episodes: [
      { start: '2023-07-01', rne: 'S', ls: 'V3', place: 'U1', end: '2023-07-03', rec: 'E13' },
      { start: '2023-10-06', rne: 'S', ls: 'V3', place: 'U1', end: '2023-10-08', rec: 'E13' },
      { start: '2024-01-10', rne: 'S', ls: 'C1', place: 'U4', end: '2024-06-20', rec: 'X1' },
      { start: '2024-06-20', rne: 'L', ls: 'C2', place: 'U4' },
    ],
  },
  {
    // left care, came back, and left again on 31 March
    id: 'L5',
    birth: '2011-05-05',
    sex: 'male',
    episodes: [
      { start: '2022-06-01', rne: 'S', ls: 'V2', place: 'U4', end: '2023-02-10', rec: 'E13' },
      { start: '2023-12-01', rne: 'S', ls: 'C2', place: 'K2', end: '2024-03-31', rec: 'E8' },
    ],
  },
  {
    // starts on the as-at date: looked after that day
    id: 'L6',
    birth: '2020-01-31',
    sex: 'female',
    episodes: [{ start: '2025-03-31', rne: 'S', ls: 'L2', place: 'U1' }],
  },
  {
    // short breaks under an agreement (V4): never counted as looked after
    id: 'L7',
    birth: '2007-10-10',
    sex: 'male',
    episodes: [{ start: '2023-05-01', rne: 'S', ls: 'V4', place: 'U1' }],
  },
  {
    // looked after for years, but a new placement in October 2024: not stable
    id: 'L8',
    birth: '2013-01-01',
    sex: 'female',
    episodes: [
      { start: '2020-01-06', rne: 'S', ls: 'C2', place: 'U4', end: '2024-10-01', rec: 'X1' },
      { start: '2024-10-01', rne: 'P', ls: 'C2', place: 'U5' },
    ],
  },
];

/** A care leaver as OC3 codes: IN_TOUCH, ACTIV, ACCOM (accommodation letter + 1 suitable). */
export interface CareLeaverChild {
  id: string;
  birth: string;
  sex: Sex;
  inTouch: string;
  activity: string;
  accommodation: string;
}

export const CARE_LEAVERS: readonly CareLeaverChild[] = [
  {
    id: 'CL1',
    birth: '2006-05-10',
    sex: 'male',
    inTouch: 'YES',
    activity: 'F2',
    accommodation: 'D1',
  },
  {
    id: 'CL2',
    birth: '2004-02-29',
    sex: 'female',
    inTouch: 'REFU',
    activity: 'G6',
    accommodation: 'W2',
  },
  { id: 'CL3', birth: '2005-11-01', sex: 'male', inTouch: 'NREQ', activity: '', accommodation: '' },
  {
    id: 'CL4',
    birth: '2003-08-15',
    sex: 'female',
    inTouch: 'DIED',
    activity: '',
    accommodation: '',
  },
  {
    id: 'CL5',
    birth: '2007-01-20',
    sex: 'male',
    inTouch: 'YES',
    activity: 'P1',
    accommodation: 'B2',
  },
];
