/** Lists 2 (early help), 6 (children in need) and 9 (care leavers, one per child) as records. */

import { cellCode } from '../code-set.ts';
import { ACCOMMODATION, ACTIVITY, CLOSURE_REASON, IN_TOUCH, PRIMARY_NEED } from '../code-sets.ts';
import { CARE_LEAVER_FIELDS, CIN_FIELDS, EARLY_HELP_FIELDS } from './fields-support.ts';
import { defineList } from './list-reader.ts';
import { NOT_SUITABILITY, parseSuitability } from './support-codes.ts';

export const earlyHelp = defineList({
  list: 2,
  fields: EARLY_HELP_FIELDS,
  key: 'startDate',
  target: (records) => records.earlyHelp,
  build: (cells, c, childId, startDate) => ({
    childId,
    startDate,
    completedDate: cells.date(c.completedDate),
    organisation: cells.text(c.organisation),
  }),
  end: { field: 'completedDate', of: (assessment) => assessment.completedDate },
});

export const cinEpisodes = defineList({
  list: 6,
  fields: CIN_FIELDS,
  key: 'startDate',
  target: (records) => records.cinEpisodes,
  build: (cells, c, childId, startDate) => ({
    childId,
    startDate,
    endDate: cells.date(c.endDate),
    primaryNeed: cellCode(cells, c.primaryNeed, PRIMARY_NEED),
    reasonClosed: cellCode(cells, c.reasonClosed, CLOSURE_REASON),
    lastSeen: cells.date(c.lastSeen),
    disability: cells.yesNo(c.disability),
  }),
  end: { field: 'endDate', of: (episode) => episode.endDate },
});

export const careLeavers = defineList({
  list: 9,
  fields: CARE_LEAVER_FIELDS,
  key: null,
  target: (records) => records.careLeavers,
  build: (cells, c, childId) => ({
    childId,
    birthDate: cells.date(c.birthDate),
    eligibility: cells.text(c.eligibility),
    inTouch: cellCode(cells, c.inTouch, IN_TOUCH),
    latestContact: cells.date(c.latestContact),
    accommodation: cellCode(cells, c.accommodation, ACCOMMODATION),
    accommodationSuitable: cells.coded(c.accommodationSuitable, parseSuitability, NOT_SUITABILITY),
    activity: cellCode(cells, c.activity, ACTIVITY),
    pathwayPlanReview: cells.date(c.pathwayPlanReview),
    uasc: cells.yesNo(c.uasc),
  }),
});
