/** The columns of Lists 2 (early help), 6 (children in need) and 9 (care leavers) Outturn reads. */
import { COMMON_FIELDS, optional, required } from './fields.ts';

const DISABILITY = optional(
  'Does the Child have a Disability',
  'Does the Child have a Disability?',
  'Child has a Disability',
  'Disability',
  'Disabled',
);

export const EARLY_HELP_FIELDS = {
  ...COMMON_FIELDS,
  startDate: required(
    'Assessment start date',
    'Early Help Assessment Start Date',
    'EHA Start Date',
    'Early Help Start Date',
  ),
  completedDate: optional(
    'Assessment completion date',
    'Assessment Completed Date',
    'Early Help Assessment Completion Date',
    'EHA Completion Date',
    'EHA Completed Date',
    'Date Assessment Completed',
  ),
  organisation: optional(
    'Organisation completing assessment',
    'Organisation Completing the Assessment',
    'Completing Organisation',
    'Assessing Organisation',
    'Lead Organisation',
  ),
} as const;

export const CIN_FIELDS = {
  ...COMMON_FIELDS,
  disability: DISABILITY,
  startDate: required(
    'CIN Start Date',
    'Child in Need Start Date',
    'CIN Episode Start Date',
    'Start Date of CIN',
  ),
  primaryNeed: optional('Primary Need Code', 'Primary Need', 'CIN Primary Need', 'Need Code'),
  lastSeen: optional(
    'Date Child Was Last Seen',
    'Date Child Last Seen',
    'Date Last Seen',
    'Last Seen Date',
    'Child Last Seen Date',
  ),
  endDate: optional(
    'CIN Closure Date',
    'Child in Need Closure Date',
    'CIN End Date',
    'CIN Closed Date',
    'Date CIN Closed',
  ),
  reasonClosed: optional(
    'Reason for Closure',
    'CIN Closure Reason',
    'Closure Reason',
    'Reason for CIN Closure',
    'Reason Closed',
  ),
} as const;

export const CARE_LEAVER_FIELDS = {
  ...COMMON_FIELDS,
  uasc: optional(
    'UASC, or formerly UASC if 18 or over (Y/N)',
    'UASC or formerly UASC',
    'Formerly UASC',
    'UASC',
  ),
  disability: DISABILITY,
  eligibility: optional(
    'Eligibility Category',
    'Care Leaver Eligibility Category',
    'Care Leaver Eligibility',
    'Eligibility',
  ),
  pathwayPlanReview: optional(
    'Latest Pathway Plan Review Date',
    'Pathway Plan Review Date',
    'Date of Latest Pathway Plan Review',
    'Last Pathway Plan Review Date',
  ),
  inTouch: optional('LA in Touch', 'Local Authority in Touch', 'In Touch', 'In Touch with LA'),
  latestContact: optional(
    'Latest Date of Contact',
    'Date of Latest Contact',
    'Latest Contact Date',
    'Last Contact Date',
    'Date of Last Contact',
  ),
  accommodation: optional('Type of Accommodation', 'Accommodation Type', 'Accommodation'),
  accommodationSuitable: optional(
    'Suitability of Accommodation',
    'Accommodation Suitability',
    'Suitable Accommodation',
    'Accommodation Suitable',
  ),
  activity: optional('Activity Status', 'Activity', 'Main Activity', 'Activity Code'),
} as const;
