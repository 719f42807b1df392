/** Child-level records to table rows and back: one mapping per list of a RecordSet. */
import type { RecordSet } from '../domain/index.ts';
import type { AdopterTable, AdoptionTable } from './adoption-tables.ts';
import { GENDERS, LEGAL_STATUSES, NEW_EPISODE_REASONS, optionalMember } from './codes.ts';
import { dateText, dayOfText, optionalDateText, optionalDay } from './day-text.ts';
import { adopters, adoptions } from './record-mappers-adoption.ts';
import { careLeavers, cinEpisodes, earlyHelp } from './record-mappers-support.ts';
import type {
  AssessmentTable,
  CareEpisodeTable,
  CareLeaverTable,
  CarePeriodTable,
  ChildTable,
  CinEpisodeTable,
  ContactTable,
  CpPlanTable,
  EarlyHelpTable,
  RecordTableName,
  ReferralTable,
  S47Table,
} from './tables.ts';

export type SqlType = 'text' | 'date' | 'boolean' | 'integer';

/** A stored row without the columns every table has (council and upload). */
export type Row<T> = Omit<T, 'la' | 'upload_id'>;

export interface RecordMapping<R, T> {
  table: RecordTableName;
  /** The key after the council: child, and key date except for children. */
  key: readonly (keyof Row<T> & string)[];
  /** Every stored column with its SQL type, key first. */
  types: { readonly [C in keyof Row<T>]: SqlType };
  toRow(record: R): Row<T>;
  fromRow(row: Row<T>): R;
}

interface ListTables {
  children: ChildTable;
  contacts: ContactTable;
  referrals: ReferralTable;
  assessments: AssessmentTable;
  s47s: S47Table;
  cpPlans: CpPlanTable;
  carePeriods: CarePeriodTable;
  careEpisodes: CareEpisodeTable;
  earlyHelp: EarlyHelpTable;
  cinEpisodes: CinEpisodeTable;
  careLeavers: CareLeaverTable;
  adoptions: AdoptionTable;
  adopters: AdopterTable;
}

export type MappingFor<K extends keyof RecordSet> = RecordMapping<
  RecordSet[K][number],
  ListTables[K]
>;

const children: MappingFor<'children'> = {
  table: 'child',
  key: ['child_id'],
  types: { child_id: 'text', gender: 'text', ethnicity: 'text', birth_date: 'date' },
  toRow: (r) => ({
    child_id: r.childId,
    gender: r.gender,
    ethnicity: r.ethnicity,
    birth_date: optionalDateText(r.birthDate),
  }),
  fromRow: (row) => ({
    childId: row.child_id,
    gender: optionalMember(GENDERS, row.gender),
    ethnicity: row.ethnicity,
    birthDate: optionalDay(row.birth_date),
  }),
};

const contacts: MappingFor<'contacts'> = {
  table: 'contact',
  key: ['child_id', 'contact_date'],
  types: { child_id: 'text', contact_date: 'date', source: 'text' },
  toRow: (r) => ({ child_id: r.childId, contact_date: dateText(r.contactDate), source: r.source }),
  fromRow: (row) => ({
    childId: row.child_id,
    contactDate: dayOfText(row.contact_date),
    source: row.source,
  }),
};

const referrals: MappingFor<'referrals'> = {
  table: 'referral',
  key: ['child_id', 'referral_date'],
  types: {
    child_id: 'text',
    referral_date: 'date',
    source: 'text',
    nfa: 'boolean',
    referrals_last_12m: 'integer',
  },
  toRow: (r) => ({
    child_id: r.childId,
    referral_date: dateText(r.referralDate),
    source: r.source,
    nfa: r.nfa,
    referrals_last_12m: r.referralsLast12m,
  }),
  fromRow: (row) => ({
    childId: row.child_id,
    referralDate: dayOfText(row.referral_date),
    source: row.source,
    nfa: row.nfa,
    referralsLast12m: row.referrals_last_12m,
  }),
};

const assessments: MappingFor<'assessments'> = {
  table: 'assessment',
  key: ['child_id', 'start_date'],
  types: {
    child_id: 'text',
    start_date: 'date',
    authorised_date: 'date',
    child_seen: 'boolean',
    needs_support: 'boolean',
  },
  toRow: (r) => ({
    child_id: r.childId,
    start_date: dateText(r.startDate),
    authorised_date: optionalDateText(r.authorisedDate),
    child_seen: r.childSeen,
    needs_support: r.needsSupport,
  }),
  fromRow: (row) => ({
    childId: row.child_id,
    startDate: dayOfText(row.start_date),
    authorisedDate: optionalDay(row.authorised_date),
    childSeen: row.child_seen,
    needsSupport: row.needs_support,
  }),
};

const s47s: MappingFor<'s47s'> = {
  table: 's47',
  key: ['child_id', 'start_date'],
  types: {
    child_id: 'text',
    start_date: 'date',
    icpc_not_required: 'boolean',
    icpc_date: 'date',
    icpc_resulted_in_plan: 'boolean',
  },
  toRow: (r) => ({
    child_id: r.childId,
    start_date: dateText(r.startDate),
    icpc_not_required: r.icpcNotRequired,
    icpc_date: optionalDateText(r.icpcDate),
    icpc_resulted_in_plan: r.icpcResultedInPlan,
  }),
  fromRow: (row) => ({
    childId: row.child_id,
    startDate: dayOfText(row.start_date),
    icpcNotRequired: row.icpc_not_required,
    icpcDate: optionalDay(row.icpc_date),
    icpcResultedInPlan: row.icpc_resulted_in_plan,
  }),
};

const cpPlans: MappingFor<'cpPlans'> = {
  table: 'cp_plan',
  key: ['child_id', 'start_date'],
  types: {
    child_id: 'text',
    start_date: 'date',
    end_date: 'date',
    initial_category: 'text',
    latest_category: 'text',
    previous_plans: 'integer',
  },
  toRow: (r) => ({
    child_id: r.childId,
    start_date: dateText(r.startDate),
    end_date: optionalDateText(r.endDate),
    initial_category: r.initialCategory,
    latest_category: r.latestCategory,
    previous_plans: r.previousPlans,
  }),
  fromRow: (row) => ({
    childId: row.child_id,
    startDate: dayOfText(row.start_date),
    endDate: optionalDay(row.end_date),
    initialCategory: row.initial_category,
    latestCategory: row.latest_category,
    previousPlans: row.previous_plans,
  }),
};

const carePeriods: MappingFor<'carePeriods'> = {
  table: 'care_period',
  key: ['child_id', 'start_date'],
  types: {
    child_id: 'text',
    start_date: 'date',
    end_date: 'date',
    legal_status: 'text',
    legal_status_start: 'date',
    placements_last_12m: 'integer',
    placement_start: 'date',
    placement_type: 'text',
    reason_ceased: 'text',
  },
  toRow: (r) => ({
    child_id: r.childId,
    start_date: dateText(r.startDate),
    end_date: optionalDateText(r.endDate),
    legal_status: r.legalStatus,
    legal_status_start: optionalDateText(r.legalStatusStart),
    placements_last_12m: r.placementsLast12m,
    placement_start: optionalDateText(r.placementStart),
    placement_type: r.placementType,
    reason_ceased: r.reasonCeased,
  }),
  fromRow: (row) => ({
    childId: row.child_id,
    startDate: dayOfText(row.start_date),
    endDate: optionalDay(row.end_date),
    legalStatus: optionalMember(LEGAL_STATUSES, row.legal_status),
    legalStatusStart: optionalDay(row.legal_status_start),
    placementsLast12m: row.placements_last_12m,
    placementStart: optionalDay(row.placement_start),
    placementType: row.placement_type,
    reasonCeased: row.reason_ceased,
  }),
};

const careEpisodes: MappingFor<'careEpisodes'> = {
  table: 'care_episode',
  key: ['child_id', 'start_date'],
  types: {
    child_id: 'text',
    start_date: 'date',
    end_date: 'date',
    reason_new: 'text',
    legal_status: 'text',
    placement: 'text',
    reason_ended: 'text',
    reason_place_change: 'text',
  },
  toRow: (r) => ({
    child_id: r.childId,
    start_date: dateText(r.startDate),
    end_date: optionalDateText(r.endDate),
    reason_new: r.reasonNew,
    legal_status: r.legalStatus,
    placement: r.placement,
    reason_ended: r.reasonEnded,
    reason_place_change: r.reasonPlaceChange,
  }),
  fromRow: (row) => ({
    childId: row.child_id,
    startDate: dayOfText(row.start_date),
    endDate: optionalDay(row.end_date),
    reasonNew: optionalMember(NEW_EPISODE_REASONS, row.reason_new),
    legalStatus: optionalMember(LEGAL_STATUSES, row.legal_status),
    placement: row.placement,
    reasonEnded: row.reason_ended,
    reasonPlaceChange: row.reason_place_change,
  }),
};

export const RECORD_MAPPINGS: { readonly [K in keyof RecordSet]: MappingFor<K> } = {
  children,
  contacts,
  referrals,
  assessments,
  s47s,
  cpPlans,
  carePeriods,
  careEpisodes,
  earlyHelp,
  cinEpisodes,
  careLeavers,
  adoptions,
  adopters,
};

/** Every list of a RecordSet, children first. */
export const RECORD_SET_KEYS = Object.keys(RECORD_MAPPINGS) as (keyof RecordSet)[];
