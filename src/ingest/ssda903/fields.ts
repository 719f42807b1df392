/**
 * The SSDA903 tables Outturn reads and their columns, by the field each fills: the header as
 * formats.md writes it, other names seen in councils' exports, and whether a file must have it.
 */
import type { FieldMap, FieldSpec } from '../header-match.ts';

function required(header: string, ...variants: string[]): FieldSpec {
  return { header, variants, required: true };
}

function optional(header: string, ...variants: string[]): FieldSpec {
  return { header, variants, required: false };
}

const CHILD = required('CHILD', 'CHILD_ID', 'Child ID', 'Child Unique ID');
const DOB = optional('DOB', 'Date of Birth');

export const HEADER_FIELDS = {
  childId: CHILD,
  sex: required('SEX', 'Gender'),
  birthDate: required('DOB', 'Date of Birth'),
  ethnicity: optional('ETHNIC', 'Ethnicity'),
  upn: optional('UPN'),
  mother: optional('MOTHER'),
  motherChildBirthDate: optional('MC_DOB'),
} as const;

export const EPISODE_FIELDS = {
  childId: CHILD,
  start: required('DECOM'),
  rne: required('RNE'),
  legalStatus: required('LS'),
  cin: optional('CIN'),
  place: required('PLACE'),
  placeProvider: optional('PLACE_PROVIDER'),
  end: required('DEC'),
  reasonEnded: required('REC'),
  reasonPlaceChange: optional('REASON_PLACE_CHANGE'),
  homePostcode: optional('HOME_POST'),
  placePostcode: optional('PL_POST'),
  urn: optional('URN'),
} as const;

export const UASC_FIELDS = {
  childId: CHILD,
  sex: optional('SEX', 'Gender'),
  birthDate: DOB,
  ceasedUasc: required('DUC'),
} as const;

export const OC3_FIELDS = {
  childId: CHILD,
  birthDate: DOB,
  inTouch: required('IN_TOUCH'),
  activity: required('ACTIV'),
  accommodation: required('ACCOM'),
} as const;

export const MISSING_FIELDS = {
  childId: CHILD,
  birthDate: DOB,
  missing: required('MISSING'),
  start: required('MIS_START'),
  end: optional('MIS_END'),
} as const;

export const REVIEW_FIELDS = {
  childId: CHILD,
  birthDate: DOB,
  review: required('REVIEW'),
  reviewCode: optional('REVIEW_CODE'),
} as const;

/** The SSDA903 tables read, by the name used in messages. */
export const TABLE_FIELDS = {
  Header: HEADER_FIELDS,
  Episodes: EPISODE_FIELDS,
  UASC: UASC_FIELDS,
  OC3: OC3_FIELDS,
  Missing: MISSING_FIELDS,
  Reviews: REVIEW_FIELDS,
} as const satisfies Record<string, FieldMap>;

export type Ssda903TableName = keyof typeof TABLE_FIELDS;

export const TABLE_NAMES = Object.keys(TABLE_FIELDS) as Ssda903TableName[];
