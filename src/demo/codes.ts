/** The coded values the demo writes, as Annex A spells them, with plausible shares. */
import type { LegalStatus } from '../domain/index.ts';
import type { Weighted } from './random.ts';

export const YES = 'a) Yes';
export const NO = 'b) No';

export const ETHNICITIES: Weighted<string> = [
  ['WBRI', 74],
  ['WIRI', 0.4],
  ['WIRT', 0.3],
  ['WROM', 0.5],
  ['WOTH', 4.5],
  ['MWBC', 2.6],
  ['MWBA', 0.8],
  ['MWAS', 1.2],
  ['MOTH', 2],
  ['AIND', 2],
  ['APKN', 3],
  ['ABAN', 0.8],
  ['AOTH', 1.2],
  ['BCRB', 0.8],
  ['BAFR', 2.4],
  ['BOTH', 0.5],
  ['CHNE', 0.3],
  ['OOTH', 1.2],
  ['REFU', 0.3],
  ['NOBT', 1.2],
];

export const UASC_ETHNICITIES: Weighted<string> = [
  ['OOTH', 35],
  ['AOTH', 25],
  ['BAFR', 30],
  ['BOTH', 10],
];

export const SOURCES: Weighted<string> = [
  ['1A) Individual - family member, relative or carer', 4],
  ['1B) Individual - acquaintance', 1],
  ['1C) Individual - self', 1],
  ['1D) Individual - other', 1],
  ['2A) Schools', 19],
  ['2B) Education services', 2],
  ['3A) Health services - GP', 2],
  ['3B) Health services - health visitor', 3],
  ['3C) Health services - school nurse', 1],
  ['3D) Health services - other primary health services', 2],
  ['3E) Health services - A&E', 4],
  ['3F) Health services - other', 5],
  ['4) Housing', 2],
  ['5A) LA services - social care', 6],
  ['5B) LA services - other internal', 3],
  ['5C) LA services - external', 3],
  ['5D) LA services - early help', 5],
  ['6) Police', 28],
  ['7) Other legal agency', 3],
  ['8) Other', 3],
  ['9) Anonymous', 1],
  ['10) Unknown', 1],
];

export type Abuse =
  | 'a) Neglect'
  | 'b) Physical abuse'
  | 'c) Sexual abuse'
  | 'd) Emotional abuse'
  | 'e) Multiple';

export const ABUSE: Weighted<Abuse> = [
  ['a) Neglect', 48],
  ['b) Physical abuse', 7],
  ['c) Sexual abuse', 4],
  ['d) Emotional abuse', 38],
  ['e) Multiple', 3],
];

export const NEEDS: Weighted<string> = [
  ['N1) Abuse or neglect', 52],
  ["N2) Child's disability or illness", 4],
  ['N3) Parental disability or illness', 4],
  ['N4) Family in acute stress', 10],
  ['N5) Family dysfunction', 18],
  ['N6) Socially unacceptable behaviour', 4],
  ['N7) Low income', 1],
  ['N8) Absent parenting', 3],
  ['N9) Cases other than children in need', 4],
];

export const NEED_ABUSE = 'N1) Abuse or neglect';
export const NEED_DISABILITY = "N2) Child's disability or illness";
export const NEED_ABSENT = 'N8) Absent parenting';

/** Annex A words for the legal statuses the demo uses. */
export const LEGAL_STATUS_WORDS: Partial<Record<LegalStatus, string>> = {
  C1: 'a) Interim care order',
  C2: 'b) Full care order',
  E1: 'c) Placement order granted',
  V2: 'e) Accommodated under section 20 (V2)',
  V3: 'f) Accommodated under an agreed series of short-term breaks (V3)',
};

export const CLOSURE_AFTER_ASSESSMENT: Weighted<string> = [
  ['RC8) Case closed after assessment, no further action', 55],
  ['RC9) Case closed after assessment, referred to early help', 45],
];

export const CLOSURE_AFTER_SERVICES: Weighted<string> = [
  ['RC7) Case closed - services ceased for any other reason', 90],
  ['RC5) Transferred to services of another local authority', 10],
];
