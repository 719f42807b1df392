/**
 * One `<Child>` element into a child and its records: a referral and an episode of need per
 * CINdetails, with the assessments, section 47 enquiries and child protection plans inside it.
 * Elements Outturn does not use (CINPlanDates, the 2026 pre-proceedings block, anything new) are
 * passed over. Coded values land in the code sets Annex A and SSDA903 share.
 */
import type {
  Assessment,
  Child,
  CinEpisode,
  CpPlan,
  Day,
  Referral,
  Section47,
} from '../../domain/index.ts';
import { ABUSE_CATEGORY, CLOSURE_REASON, PRIMARY_NEED, REFERRAL_SOURCE } from '../code-sets.ts';
import { hasDisability, nodeCode } from './node-codes.ts';
import type { NodeReader } from './node-reader.ts';
import { childrenNamed, firstChild, type XmlNode } from './xml-node.ts';

/** A record read from the file, with the element it came from. */
export type CensusRecord =
  | { list: 'referrals'; record: Referral; node: XmlNode }
  | { list: 'cinEpisodes'; record: CinEpisode; node: XmlNode }
  | { list: 'assessments'; record: Assessment; node: XmlNode }
  | { list: 's47s'; record: Section47; node: XmlNode }
  | { list: 'cpPlans'; record: CpPlan; node: XmlNode };

export interface ChildRead {
  /** Null when the child has no LAchildID: its records are then read for issues only. */
  child: Child | null;
  records: CensusRecord[];
}

/** Reads a Child element; every value that cannot be read is reported through `reader`. */
export function readChild(node: XmlNode, reader: NodeReader): ChildRead {
  const ids = firstChild(node, 'ChildIdentifiers');
  const childId = reader.requiredText(ids, 'LAchildID', node) ?? '';
  const child: Child = {
    childId,
    gender: reader.gender(ids, 'Sex') ?? reader.gender(ids, 'GenderCurrent'),
    ethnicity: reader.text(firstChild(node, 'ChildCharacteristics'), 'Ethnicity'),
    birthDate: reader.date(ids, 'PersonBirthDate'),
  };
  const records: CensusRecord[] = [];
  const disability = hasDisability(node);
  for (const details of childrenNamed(node, 'CINdetails')) {
    readDetails(details, { childId, disability }, reader, records);
  }
  return { child: childId === '' ? null : child, records };
}

/** What a child's records share: its id, and its disability for episodes of need. */
interface Owner {
  childId: string;
  disability: boolean | null;
}

function readDetails(
  details: XmlNode,
  { childId, disability }: Owner,
  reader: NodeReader,
  records: CensusRecord[],
): void {
  const referral = readReferral(details, childId, reader);
  const episode = readEpisode(details, reader, disability);
  if (referral) records.push({ list: 'referrals', record: referral, node: details });
  if (referral && episode) {
    const record = { childId, startDate: referral.referralDate, ...episode };
    checkEnd(reader, details, 'CINclosureDate', record.endDate, record.startDate);
    records.push({ list: 'cinEpisodes', record, node: details });
  }
  for (const node of childrenNamed(details, 'Assessments')) {
    const record = readAssessment(node, childId, reader);
    if (record) records.push({ list: 'assessments', record, node });
  }
  const plans: Day[] = [];
  for (const node of childrenNamed(details, 'ChildProtectionPlans')) {
    const record = readPlan(node, childId, reader);
    if (record) records.push({ list: 'cpPlans', record, node });
    if (record) plans.push(record.startDate);
  }
  for (const node of childrenNamed(details, 'Section47')) {
    const record = readSection47(node, childId, reader, plans);
    if (record) records.push({ list: 's47s', record, node });
  }
}

function readReferral(node: XmlNode, childId: string, reader: NodeReader): Referral | null {
  const referralDate = reader.requiredDate(node, 'CINreferralDate');
  const source = nodeCode(reader, node, 'ReferralSource', REFERRAL_SOURCE);
  const nfa = reader.yesNo(node, 'ReferralNFA');
  if (referralDate === null) return null;
  return { childId, referralDate, source, nfa, referralsLast12m: null };
}

/** The episode of need a CINdetails is, but for its child and start (the referral date). */
function readEpisode(
  node: XmlNode,
  reader: NodeReader,
  disability: boolean | null,
): Omit<CinEpisode, 'childId' | 'startDate'> {
  return {
    endDate: reader.date(node, 'CINclosureDate'),
    primaryNeed: nodeCode(reader, node, 'PrimaryNeedCode', PRIMARY_NEED),
    reasonClosed: nodeCode(reader, node, 'ReasonForClosure', CLOSURE_REASON),
    lastSeen: null,
    disability,
  };
}

function readAssessment(node: XmlNode, childId: string, reader: NodeReader): Assessment | null {
  const startDate = reader.requiredDate(node, 'AssessmentActualStartDate');
  const authorisedDate = reader.date(node, 'AssessmentAuthorisationDate');
  if (startDate === null) return null;
  checkEnd(reader, node, 'AssessmentAuthorisationDate', authorisedDate, startDate);
  return { childId, startDate, childSeen: null, authorisedDate, needsSupport: null };
}

/** `icpcResultedInPlan`: a plan in the same CINdetails starting on the ICPC's day. */
function readSection47(
  node: XmlNode,
  childId: string,
  reader: NodeReader,
  planStarts: readonly Day[],
): Section47 | null {
  const startDate = reader.requiredDate(node, 'S47ActualStartDate');
  const icpcNotRequired = reader.yesNo(node, 'ICPCnotRequired');
  const icpcDate = reader.date(node, 'DateOfInitialCPC');
  if (startDate === null) return null;
  checkEnd(reader, node, 'DateOfInitialCPC', icpcDate, startDate);
  const icpcResultedInPlan = icpcDate === null ? null : planStarts.includes(icpcDate);
  return { childId, startDate, icpcNotRequired, icpcDate, icpcResultedInPlan };
}

function readPlan(node: XmlNode, childId: string, reader: NodeReader): CpPlan | null {
  const startDate = reader.requiredDate(node, 'CPPstartDate');
  const endDate = reader.date(node, 'CPPendDate');
  const initialCategory = nodeCode(reader, node, 'InitialCategoryOfAbuse', ABUSE_CATEGORY);
  const latestCategory = nodeCode(reader, node, 'LatestCategoryOfAbuse', ABUSE_CATEGORY);
  const previousPlans = reader.count(node, 'NumberOfPreviousCPP');
  if (startDate === null) return null;
  checkEnd(reader, node, 'CPPendDate', endDate, startDate);
  return { childId, startDate, endDate, initialCategory, latestCategory, previousPlans };
}

/** Warns, keeping the record, when a date comes before the record's start. */
function checkEnd(reader: NodeReader, node: XmlNode, name: string, end: Day | null, start: Day) {
  if (end === null || end >= start) return;
  const message = 'This date is before the record starts: the record is kept as it is.';
  reader.report({ severity: 'warning', message, value: reader.raw(node, name) }, node, name);
}
