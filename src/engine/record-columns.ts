/**
 * A record set's columns: each list converted once into typed arrays (columns.ts and the rest),
 * its children interned into one index, so a child has the same index in every list. They do
 * not depend on the window or the covered days, so they are kept with the records (a WeakMap
 * keyed by the record set) and a second computation over the same records starts from them.
 * The costly part of a first one is finding each of millions of records' child by identifier,
 * which the reader's child keys (ChildKeys, children.ts) spare for records read from files.
 *
 * The engine reads records as immutable. A kept set is used only while each of the record set's
 * lists is the same array with the same length; a list changed in place is not noticed.
 */
import {
  type Assessment,
  type ChildKeys,
  type ChildList,
  type Contact,
  type ContactColumns,
  type CpPlan,
  type PackedLists,
  RECORD_LISTS,
  type RecordSet,
  type Referral,
  type Section47,
} from '../domain/index.ts';
import { type CareSpells, careSpells } from './care-spells.ts';
import { type ChildLists, childIndex } from './children.ts';
import {
  type AssessmentColumns,
  assessmentColumns,
  type ReferralColumns,
  referralColumns,
} from './columns.ts';
import { type ContactDays, contactDays, NO_CONTACTS } from './contact-days.ts';
import { type LeaverColumns, leaverColumns } from './leaver-columns.ts';
import { flagColumn, type RecordsOf } from './list-fields.ts';
import { type PlanColumns, planHistoryColumns } from './plan-columns.ts';
import { type S47Columns, s47Columns } from './s47-columns.ts';

/** How many calendar days after a contact a referral may come and still follow it. */
export const FOLLOW_UP_DAYS = 30;

export interface RecordColumns {
  referrals(): ReferralColumns;
  /** 1 per referral (in `referrals()` order) marked "Referral NFA?" = yes. */
  referralNfa(): Uint8Array;
  /** Contacts counted by date, and those whose child has a referral 0 to 30 days after. */
  contactDays(): ContactDays;
  assessments(): AssessmentColumns;
  /** Each assessment's child index (in `assessments()` order). */
  assessmentChildren(): Int32Array;
  s47s(): S47Columns;
  /** Plans by child then start, one per child and start date (plan-columns.ts). */
  cpPlanHistory(): PlanColumns;
  /** Each child's spells of care and placements, short breaks left out (care-spells.ts). */
  careSpells(): CareSpells;
  /**
   * Dates of birth of the children looked after (`careSpells`) and care leavers, by child index;
   * `NONE` for others and when not known: read with `?? NONE`.
   */
  birthDates(): Int32Array;
  careLeavers(): LeaverColumns;
}

const byId = (record: { childId: string }) => record.childId;

function datesOf(list: readonly Contact[]): Int32Array {
  return Int32Array.from(list, (contact) => contact.contactDate);
}

/** A function that runs once, on its first call, and then returns the same value. */
function once<T>(make: () => T): () => T {
  let made: { value: T } | null = null;
  return () => {
    made ??= { value: make() };
    return made.value;
  };
}

/** What a reader gives beside the records (ComputeOptions): faster, never different. */
export interface ReaderKeys {
  /** The reader's child keys for these records (ChildKeys). */
  childKeys?: ChildKeys;
  /** `records.children`, each made when asked for (ReadResult.children). */
  children?: ChildList;
  /**
   * Lists as a reader packed them (ReadResult.lists), read in place of `records[list]`, which
   * is then never made (a made one is the same records).
   */
  lists?: PackedLists;
  /**
   * The contacts as columns (ReadResult.contactColumns), when the reader kept them so and
   * `records.contacts` is empty: counted from the columns, made into records only for a local
   * indicator's rule over contacts.
   */
  contactColumns?: ContactColumns;
}

/** The contacts' columns when `given` holds them in place of `records.contacts`. */
export function contactColumnsOf(records: RecordSet, given: ReaderKeys): ContactColumns | null {
  const columns = given.contactColumns;
  return records.contacts.length === 0 && columns && columns.date.length > 0 ? columns : null;
}

/**
 * The lists the columns are built from: the children and referrals, assessments, section 47s and
 * plans as given (ReaderKeys) where they are, else the records; care and leavers, few, always as
 * records (made from packed columns if so given).
 */
function builtFrom(records: RecordSet, given: ReaderKeys) {
  const packed = given.lists ?? {};
  return {
    children: given.children ?? records.children,
    contacts: records.contacts,
    referrals: (packed.referrals ?? records.referrals) as RecordsOf<Referral>,
    assessments: (packed.assessments ?? records.assessments) as RecordsOf<Assessment>,
    s47s: (packed.s47s ?? records.s47s) as RecordsOf<Section47>,
    cpPlans: (packed.cpPlans ?? records.cpPlans) as RecordsOf<CpPlan>,
    carePeriods: records.carePeriods,
    careEpisodes: records.careEpisodes,
    careLeavers: records.careLeavers,
  } satisfies ChildLists;
}

function columnsOf(records: RecordSet, given: ReaderKeys): RecordColumns {
  const asColumns = contactColumnsOf(records, given);
  const lists = builtFrom(records, given);
  const children = childIndex(lists, given.childKeys, undefined, asColumns !== null);
  const referrals = once(() => referralColumns(lists.referrals, children));
  const spells = once(() => careSpells(lists.carePeriods, lists.careEpisodes, children));
  const leavers = once(() => leaverColumns(lists.careLeavers, children));
  const contacts = once(() => {
    const list = lists.contacts;
    if (list.length === 0 && asColumns === null) return NO_CONTACTS; // no referral columns to build
    const later = referrals(); // a contact's child is looked for among referrals' children
    const matched =
      asColumns === null
        ? children.matched(list, byId, [later.child])
        : children.matchedKeys(asColumns.child);
    const dates = asColumns?.date ?? datesOf(list);
    return contactDays(dates, matched, later, FOLLOW_UP_DAYS, children.count());
  });
  return {
    referrals,
    referralNfa: once(() => flagColumn(lists.referrals, 'nfa', (nfa) => nfa === true)),
    contactDays: contacts,
    assessments: once(() => assessmentColumns(lists.assessments)),
    assessmentChildren: once(() => children.column(lists.assessments, (a) => a.childId)),
    s47s: once(() => s47Columns(lists.s47s, children)),
    cpPlanHistory: once(() => planHistoryColumns(lists.cpPlans, children)),
    careSpells: spells,
    // only the children who need a date of birth: those looked after and care leavers
    birthDates: once(() => children.birthDates([spells().child, leavers().child])),
    careLeavers: leavers,
  };
}

interface Kept {
  /** The children (as given, or the records'), then each record list. */
  lists: { length: number }[];
  lengths: number[];
  /** The contacts the columns were made from when given as columns (they count as a list). */
  contactColumns: ContactColumns | null;
  columns: RecordColumns;
}

const KEPT = new WeakMap<RecordSet, Kept>();

/** The record set's columns: those kept from an earlier computation, if it is unchanged. */
export function recordColumns(records: RecordSet, given: ReaderKeys = {}): RecordColumns {
  const kept = KEPT.get(records);
  const contactColumns = contactColumnsOf(records, given);
  const lists = checkedLists(records, given);
  const same =
    kept !== undefined &&
    kept.contactColumns === contactColumns &&
    lists.every((list, k) => kept.lists[k] === list && kept.lengths[k] === list.length);
  if (same) return kept.columns;
  const columns = columnsOf(records, given);
  KEPT.set(records, {
    lists,
    lengths: lists.map((list) => list.length),
    contactColumns,
    columns,
  });
  return columns;
}

/**
 * The children and every record list as given where they are, else the records: what a kept set
 * of columns is checked against, so a list given packed, or the children by index, is not made
 * to check it.
 */
function checkedLists(records: RecordSet, given: ReaderKeys): { length: number }[] {
  const packed = given.lists ?? {};
  const lists = RECORD_LISTS.map((list) => packed[list] ?? records[list]);
  return [given.children ?? records.children, ...lists];
}
