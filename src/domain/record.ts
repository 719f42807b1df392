/**
 * Child-level records, source-neutral: the same shape whether they came from Ofsted Annex A,
 * the CIN census or the SSDA903 return. Dates are `Day`s; a blank is `null`.
 */
import type { Adopter, Adoption } from './adoption.ts';
import type { Day } from './day.ts';

export type { Adopter, AdopterLeavingReason, Adoption } from './adoption.ts';

export type Gender = 'male' | 'female' | 'other' | 'unknown';

/** What is known of a child, from whichever record last said it. */
export interface Child {
  childId: string;
  gender: Gender | null;
  ethnicity: string | null;
  birthDate: Day | null;
}

export interface Contact {
  childId: string;
  contactDate: Day;
  source: string | null;
}

export interface Referral {
  childId: string;
  referralDate: Day;
  source: string | null;
  /** "Referral NFA?"; null when blank or unknown. */
  nfa: boolean | null;
  /** "Number of Referrals in Last 12 Months", excluding this one; null when blank. */
  referralsLast12m: number | null;
}

export interface Assessment {
  childId: string;
  startDate: Day;
  authorisedDate: Day | null;
  childSeen: boolean | null;
  /** Was the child assessed as requiring LA children's social care support? */
  needsSupport: boolean | null;
}

export interface Section47 {
  childId: string;
  startDate: Day;
  icpcNotRequired: boolean | null;
  icpcDate: Day | null;
  icpcResultedInPlan: boolean | null;
}

export interface CpPlan {
  childId: string;
  startDate: Day;
  endDate: Day | null;
  initialCategory: string | null;
  latestCategory: string | null;
  /** "Number of Previous Child Protection Plans"; null when blank. */
  previousPlans: number | null;
}

/**
 * SSDA903 legal status codes. Annex A's words are read into these. V3 and V4 are short breaks
 * only: such children are not counted as looked after.
 */
export type LegalStatus =
  | 'C1'
  | 'C2'
  | 'D1'
  | 'E1'
  | 'V2'
  | 'V3'
  | 'V4'
  | 'L1'
  | 'L2'
  | 'L3'
  | 'J1'
  | 'J2'
  | 'J3';

/** A period of care: from starting to be looked after until ceasing. */
export interface CarePeriod {
  childId: string;
  startDate: Day;
  endDate: Day | null;
  /** Legal status (Annex A: the current one, held since `legalStatusStart`). */
  legalStatus: LegalStatus | null;
  legalStatusStart: Day | null;
  placementsLast12m: number | null;
  /**
   * Start of the current placement (Annex A "Start Date of Most Recent Placement"; SSDA903: the
   * latest episode starting a placement, RNE S, P, B, T or U).
   */
  placementStart: Day | null;
  placementType: string | null;
  reasonCeased: string | null;
}

/** SSDA903 RNE, the reason for a new episode: S started care, L legal status change, and so on. */
export type NewEpisodeReason = 'S' | 'L' | 'P' | 'T' | 'B' | 'U';

/**
 * An SSDA903 episode of care: a spell of one legal status and placement. Episodes chain into
 * periods of care (REC X1 continues the period); the engine reads legal status at a date and
 * placement changes from them.
 */
export interface CareEpisode {
  childId: string;
  /** DECOM. */
  startDate: Day;
  /** DEC; null while the episode is open. */
  endDate: Day | null;
  reasonNew: NewEpisodeReason | null;
  legalStatus: LegalStatus | null;
  /** PLACE, the placement type code. */
  placement: string | null;
  /** REC: X1 (continues into the next episode) or an E code (left care). */
  reasonEnded: string | null;
  reasonPlaceChange: string | null;
}

/** Annex A List 2: an early help assessment. */
export interface EarlyHelpAssessment {
  childId: string;
  startDate: Day;
  completedDate: Day | null;
  /** Organisation completing the assessment. */
  organisation: string | null;
}

/** Annex A List 6: an episode of need (CIN start to closure). */
export interface CinEpisode {
  childId: string;
  /** CIN Start Date. */
  startDate: Day;
  /** CIN Closure Date; null while open. */
  endDate: Day | null;
  /** Primary need code, N0 to N9. */
  primaryNeed: string | null;
  /** Reason for closure, RC1 to RC9. */
  reasonClosed: string | null;
  lastSeen: Day | null;
  disability: boolean | null;
}

/** Annex A List 9: a care leaver, one per child in an extract (keyed by child alone). */
export interface CareLeaver {
  childId: string;
  birthDate: Day | null;
  eligibility: string | null;
  /** YES, NO, REFU, NREQ, DIED or RHOM (the SSDA903 IN_TOUCH codes). */
  inTouch: string | null;
  latestContact: Day | null;
  /** The accommodation code (B, C, D ...) when given, else the words. */
  accommodation: string | null;
  accommodationSuitable: boolean | null;
  /** The activity code (F1, P1, G4 ...) when given, else the words. */
  activity: string | null;
  pathwayPlanReview: Day | null;
  uasc: boolean | null;
}

/** The child-level lists, by the name used in tables, files and messages. */
export interface RecordSet {
  children: Child[];
  contacts: Contact[];
  referrals: Referral[];
  assessments: Assessment[];
  s47s: Section47[];
  cpPlans: CpPlan[];
  carePeriods: CarePeriod[];
  careEpisodes: CareEpisode[];
  earlyHelp: EarlyHelpAssessment[];
  cinEpisodes: CinEpisode[];
  careLeavers: CareLeaver[];
  adoptions: Adoption[];
  /** Annex A List 11: adopters, not children (keyed by adopter and enquiry date). */
  adopters: Adopter[];
}

export type RecordList = Exclude<keyof RecordSet, 'children'>;

/**
 * What a reader knows of a record set's children, so the engine need not find each record's
 * child by its identifier (most of a first computation's cost over millions of records): for
 * each record of a list, the index in `children` of its child, or -1 where not known. The
 * engine uses a list's keys only with that list (the same array, of the same length) and only
 * those in range; like the records, they are never changed once read. Checking each against
 * its record's identifier would cost as much as finding the child (a cache miss a record), so
 * the golden tests compare figures from keyed files with those from the database, unkeyed.
 */
export type ChildKeys = Partial<Record<RecordList, Int32Array>>;

/**
 * Contacts (Annex A List 1) as columns, for a computation that shows none (`outturn compute`):
 * a council's million-odd contacts made into records cost a tenth of reading its files. By
 * place: each contact's child (an index into the record set's `children`), date and source (a
 * number: its place in `sources`, where the few sources are each once).
 */
export interface ContactColumns {
  child: Int32Array;
  date: Int32Array;
  source: Int32Array;
  /** The sources, in the order first seen; blank (null) is 0. */
  sources: readonly (string | null)[];
}

/** The contacts of `columns` as records, their children from `children`. */
export function contactRecords(columns: ContactColumns, children: readonly Child[]): Contact[] {
  return Array.from(columns.date, (contactDate, i) => ({
    childId: children[columns.child[i]!]?.childId ?? '',
    contactDate,
    source: columns.sources[columns.source[i]!] ?? null,
  }));
}

/**
 * A read's children by place (the indexes of ChildKeys), for the engine: a reader may make a
 * child's object only when it is asked for, as most of a large council's children come with
 * contacts alone and are never asked for (issue 4). An array of children is one.
 */
export interface ChildList {
  readonly length: number;
  /** The child at `index`; undefined out of range. */
  at(index: number): Child | undefined;
}

/**
 * Makes `records[list]` with `make` when it is first read, once, then keeps it (also in a copy
 * made by `recordSetCopy`, which `make` is shared with); setting it replaces it. A reader's list
 * that a computation never reads, or reads in another form, then costs nothing.
 */
export function makeOnRead<L extends keyof RecordSet>(
  records: RecordSet,
  list: L,
  make: () => RecordSet[L],
): void {
  let made: RecordSet[L] | undefined;
  Object.defineProperty(records, list, {
    get(this: RecordSet) {
      made ??= make();
      keepList(this, list, made);
      return made;
    },
    set(this: RecordSet, value: RecordSet[L]) {
      keepList(this, list, value);
    },
    enumerable: true,
    configurable: true,
  });
}

function keepList<L extends keyof RecordSet>(records: RecordSet, list: L, value: RecordSet[L]) {
  Object.defineProperty(records, list, {
    value,
    writable: true,
    enumerable: true,
    configurable: true,
  });
}

/**
 * Makes `records.children` from `list` when first read, and gives the children by index: from
 * `list` until then, and from the children made after, so that what `list` reads from (a read's
 * registry and its tables) is let go once they are made.
 */
export function childrenMadeOnRead(records: RecordSet, list: ChildList): ChildList {
  const { length } = list;
  let source = list; // the closures below hold `source` alone, so `list` can go once replaced
  makeOnRead(records, 'children', () => {
    const made = Array.from({ length }, (_, i) => source.at(i)!);
    source = made;
    return made;
  });
  return { length, at: (index) => source.at(index) };
}

/** A shallow copy of `records` that leaves lists made on read (`makeOnRead`) unmade. */
export function recordSetCopy(records: RecordSet): RecordSet {
  return Object.defineProperties({}, Object.getOwnPropertyDescriptors(records)) as RecordSet;
}

export const RECORD_LISTS: readonly RecordList[] = [
  'contacts',
  'referrals',
  'assessments',
  's47s',
  'cpPlans',
  'carePeriods',
  'careEpisodes',
  'earlyHelp',
  'cinEpisodes',
  'careLeavers',
  'adoptions',
  'adopters',
];

export function emptyRecordSet(): RecordSet {
  return {
    children: [],
    contacts: [],
    referrals: [],
    assessments: [],
    s47s: [],
    cpPlans: [],
    carePeriods: [],
    careEpisodes: [],
    earlyHelp: [],
    cinEpisodes: [],
    careLeavers: [],
    adoptions: [],
    adopters: [],
  };
}

/**
 * The key date of a record: two rows with the same list, child (adopter for List 11) and key
 * date are one record. Null for care leavers, who are keyed by child alone.
 */
export function keyDate(list: RecordList, record: RecordSet[RecordList][number]): Day | null {
  switch (list) {
    case 'contacts':
      return (record as Contact).contactDate;
    case 'referrals':
      return (record as Referral).referralDate;
    case 'assessments':
    case 's47s':
    case 'cpPlans':
    case 'carePeriods':
    case 'careEpisodes':
    case 'earlyHelp':
    case 'cinEpisodes':
      return (record as Assessment | CpPlan | CareEpisode | EarlyHelpAssessment | CinEpisode)
        .startDate;
    case 'careLeavers':
      return null;
    case 'adoptions':
      return (record as Adoption).enteredCareDate;
    case 'adopters':
      return (record as Adopter).enquiryDate;
    default: {
      const unreachable: never = list;
      return unreachable;
    }
  }
}
