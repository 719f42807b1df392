/** Lists 2 (early help), 6 (children in need) and 9 (care leavers, one per child) as records. */
import { CARE_LEAVER_FIELDS, CIN_FIELDS, EARLY_HELP_FIELDS } from './fields-support.ts';
import { defineList } from './list-reader.ts';
import {
  codeOrText,
  NOT_CLOSURE_REASON,
  NOT_IN_TOUCH,
  NOT_PRIMARY_NEED,
  NOT_SUITABILITY,
  parseClosureReason,
  parseInTouch,
  parsePrimaryNeed,
  parseSuitability,
} from './support-codes.ts';

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
    primaryNeed: cells.coded(c.primaryNeed, parsePrimaryNeed, NOT_PRIMARY_NEED),
    reasonClosed: cells.coded(c.reasonClosed, parseClosureReason, NOT_CLOSURE_REASON),
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
    inTouch: cells.coded(c.inTouch, parseInTouch, NOT_IN_TOUCH),
    latestContact: cells.date(c.latestContact),
    accommodation: codeOrText(cells, c.accommodation),
    accommodationSuitable: cells.coded(c.accommodationSuitable, parseSuitability, NOT_SUITABILITY),
    activity: codeOrText(cells, c.activity),
    pathwayPlanReview: cells.date(c.pathwayPlanReview),
    uasc: cells.yesNo(c.uasc),
  }),
});
