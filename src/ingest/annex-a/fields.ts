/**
 * The Annex A columns Outturn reads, by the record field they fill: the canonical header, the
 * other names councils' files use, and whether a file must have the column.
 */
import type { FieldSpec } from '../header-match.ts';

/** A column every file of the list must have. */
export function required(header: string, ...variants: string[]): FieldSpec {
  return { header, variants, required: true };
}

/** A column read as blank when a file does not have it. */
export function optional(header: string, ...variants: string[]): FieldSpec {
  return { header, variants, required: false };
}

export const COMMON_FIELDS = {
  childId: required(
    'Child Unique ID',
    'Child ID',
    'Unique Child ID',
    'Child Unique Identifier',
    'Unique Child Identifier',
    'Child Identifier',
    'LA Child ID',
    'Child Reference',
    'Child Ref',
  ),
  gender: optional('Gender', 'Sex', 'Gender Current', "Child's Gender", 'Child Gender'),
  ethnicity: optional('Ethnicity', 'Ethnic Origin', 'Ethnic Group', 'Ethnicity Code'),
  birthDate: optional(
    'Date of Birth',
    'DOB',
    'Birth Date',
    "Child's Date of Birth",
    'Person Birth Date',
  ),
} as const;

export const CONTACT_FIELDS = {
  ...COMMON_FIELDS,
  contactDate: required('Date of Contact', 'Contact Date', 'Date Contact Received'),
  source: optional('Contact Source', 'Source of Contact'),
} as const;

export const REFERRAL_FIELDS = {
  ...COMMON_FIELDS,
  referralDate: required(
    'Date of referral',
    'Referral Date',
    'Date of Referral Received',
    'Referral Received Date',
    'CIN Referral Date',
  ),
  source: optional('Referral Source', 'Source of Referral'),
  nfa: optional('Referral NFA?', 'NFA', 'Referral No Further Action', 'Referral Outcome NFA'),
  referralsLast12m: optional(
    'Number of Referrals in Last 12 Months',
    'Number of Referrals in the Last 12 Months',
    'No. of Referrals in Last 12 Months',
    'Referrals in Last 12 Months',
    'Number of Previous Referrals in Last 12 Months',
    'Previous Referrals in Last 12 Months',
  ),
} as const;

export const ASSESSMENT_FIELDS = {
  ...COMMON_FIELDS,
  startDate: required(
    'Continuous Assessment Start Date',
    'Assessment Start Date',
    'Assessment Actual Start Date',
    'Date Assessment Started',
  ),
  childSeen: optional(
    'Child Seen During Continuous Assessment',
    'Child Seen During Assessment',
    'Was the Child Seen',
    'Child Seen',
  ),
  authorisedDate: required(
    'Continuous Assessment Date of Authorisation',
    'Date of Authorisation',
    'Assessment authorisation date',
    'Continuous Assessment Authorisation Date',
    'Date Assessment Authorised',
    'Assessment Authorised Date',
  ),
  needsSupport: optional(
    "Was the child assessed as requiring LA children's social care support?",
    "Assessed as requiring LA children's social care support",
    "Requires LA children's social care support",
    'Assessed as Requiring Support',
  ),
} as const;

export const S47_FIELDS = {
  ...COMMON_FIELDS,
  startDate: required(
    'Strategy discussion initiating Section 47 Enquiry Start Date',
    'Section 47 Enquiry Start Date',
    'Section 47 Start Date',
    'S47 Enquiry Start Date',
    'S47 Start Date',
    'S47 Actual Start Date',
    'Strategy Discussion Date',
    'Date of Strategy Discussion',
  ),
  icpcNotRequired: optional(
    'Was an Initial Child Protection Conference deemed unnecessary?',
    'Initial Child Protection Conference deemed unnecessary',
    'ICPC deemed unnecessary',
    'ICPC not required',
  ),
  icpcDate: optional(
    'Date of Initial Child Protection Conference',
    'Initial Child Protection Conference Date',
    'Date of ICPC',
    'ICPC Date',
  ),
  icpcResultedInPlan: optional(
    'Did the Initial Child Protection Conference Result in a Child Protection Plan',
    'Did the ICPC Result in a Child Protection Plan',
    'ICPC Resulted in Child Protection Plan',
    'ICPC Resulted in CP Plan',
  ),
} as const;

export const CP_PLAN_FIELDS = {
  ...COMMON_FIELDS,
  startDate: required(
    'Child Protection Plan Start Date',
    'CP Plan Start Date',
    'CPP Start Date',
    'Child Protection Plan Start',
    'Plan Start Date',
  ),
  initialCategory: optional(
    'Initial Category of Abuse',
    'Initial Abuse Category',
    'Initial Category',
  ),
  latestCategory: optional(
    'Latest Category of Abuse',
    'Latest Abuse Category',
    'Current Category of Abuse',
    'Latest Category',
  ),
  endDate: required(
    'Child Protection Plan End Date',
    'CP Plan End Date',
    'CPP End Date',
    'Child Protection Plan End',
    'Plan End Date',
  ),
  previousPlans: optional(
    'Number of Previous Child Protection Plans',
    'Number of Previous CP Plans',
    'No. of Previous CP Plans',
    'Previous Child Protection Plans',
    'Previous CP Plans',
  ),
} as const;

export const CARE_PERIOD_FIELDS = {
  ...COMMON_FIELDS,
  startDate: required(
    'Date Started to be Looked After',
    'Date Started Looked After',
    'Date Started Being Looked After',
    'Date Became Looked After',
    'Looked After Start Date',
    'CLA Start Date',
  ),
  legalStatusStart: optional(
    'Start date of current legal status',
    'Current Legal Status Start Date',
    'Legal Status Start Date',
  ),
  legalStatus: required(
    "Child's Legal Status",
    'Legal Status',
    'Current Legal Status',
    'Legal Status Code',
  ),
  placementsLast12m: optional(
    'Number of Placements in the Last 12 months',
    'Number of Placements in Last 12 Months',
    'No. of Placements in Last 12 Months',
    'Placements in Last 12 Months',
  ),
  endDate: required(
    'Date Ceased to be Looked After',
    'Date Ceased Looked After',
    'Date Ceased Being Looked After',
    'Looked After End Date',
    'CLA End Date',
  ),
  reasonCeased: optional(
    'Reason Ceased to be Looked After',
    'Reason Ceased Looked After',
    'Reason for Ceasing to be Looked After',
    'Reason Ceased',
  ),
  placementType: optional('Placement Type', 'Type of Placement', 'Current Placement Type'),
  placementStart: optional(
    'Start Date of Most Recent Placement',
    'Start Date of Current Placement',
    'Most Recent Placement Start Date',
    'Current Placement Start Date',
    'Placement Start Date',
  ),
} as const;
