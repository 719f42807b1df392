/** Annex A Lists 2, 6 and 9 (early help, children in need, care leavers) to rows and back. */
import type { CareLeaver, CinEpisode, EarlyHelpAssessment } from '../domain/index.ts';
import { dateText, dayOfText, optionalDateText, optionalDay } from './day-text.ts';
import type { RecordMapping } from './record-mappers.ts';
import type { CareLeaverTable, CinEpisodeTable, EarlyHelpTable } from './tables.ts';

export const earlyHelp: RecordMapping<EarlyHelpAssessment, EarlyHelpTable> = {
  table: 'early_help',
  key: ['child_id', 'start_date'],
  types: { child_id: 'text', start_date: 'date', completed_date: 'date', organisation: 'text' },
  toRow: (r) => ({
    child_id: r.childId,
    start_date: dateText(r.startDate),
    completed_date: optionalDateText(r.completedDate),
    organisation: r.organisation,
  }),
  fromRow: (row) => ({
    childId: row.child_id,
    startDate: dayOfText(row.start_date),
    completedDate: optionalDay(row.completed_date),
    organisation: row.organisation,
  }),
};

export const cinEpisodes: RecordMapping<CinEpisode, CinEpisodeTable> = {
  table: 'cin_episode',
  key: ['child_id', 'start_date'],
  types: {
    child_id: 'text',
    start_date: 'date',
    end_date: 'date',
    primary_need: 'text',
    reason_closed: 'text',
    last_seen: 'date',
    disability: 'boolean',
  },
  toRow: (r) => ({
    child_id: r.childId,
    start_date: dateText(r.startDate),
    end_date: optionalDateText(r.endDate),
    primary_need: r.primaryNeed,
    reason_closed: r.reasonClosed,
    last_seen: optionalDateText(r.lastSeen),
    disability: r.disability,
  }),
  fromRow: (row) => ({
    childId: row.child_id,
    startDate: dayOfText(row.start_date),
    endDate: optionalDay(row.end_date),
    primaryNeed: row.primary_need,
    reasonClosed: row.reason_closed,
    lastSeen: optionalDay(row.last_seen),
    disability: row.disability,
  }),
};

export const careLeavers: RecordMapping<CareLeaver, CareLeaverTable> = {
  table: 'care_leaver',
  key: ['child_id'],
  types: {
    child_id: 'text',
    birth_date: 'date',
    eligibility: 'text',
    in_touch: 'text',
    latest_contact: 'date',
    accommodation: 'text',
    accommodation_suitable: 'boolean',
    activity: 'text',
    pathway_plan_review: 'date',
    uasc: 'boolean',
  },
  toRow: (r) => ({
    child_id: r.childId,
    birth_date: optionalDateText(r.birthDate),
    eligibility: r.eligibility,
    in_touch: r.inTouch,
    latest_contact: optionalDateText(r.latestContact),
    accommodation: r.accommodation,
    accommodation_suitable: r.accommodationSuitable,
    activity: r.activity,
    pathway_plan_review: optionalDateText(r.pathwayPlanReview),
    uasc: r.uasc,
  }),
  fromRow: (row) => ({
    childId: row.child_id,
    birthDate: optionalDay(row.birth_date),
    eligibility: row.eligibility,
    inTouch: row.in_touch,
    latestContact: optionalDay(row.latest_contact),
    accommodation: row.accommodation,
    accommodationSuitable: row.accommodation_suitable,
    activity: row.activity,
    pathwayPlanReview: optionalDay(row.pathway_plan_review),
    uasc: row.uasc,
  }),
};
