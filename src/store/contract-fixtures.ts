/** Synthetic fixtures for the store contract suite, built in code. */
import { sql } from 'kysely';
import type { Target } from '../assess/index.ts';
import { dayOf, type Point, type RecordSet, type WindowKind } from '../domain/index.ts';
import { sampleAdoption } from './contract-fixtures-adoption.ts';
import type { MergeCounts, NewUpload } from './index.ts';
import type { Database } from './tables.ts';

export const LA = '999';

export const TABLES = [
  ...['la', 'upload', 'child', 'contact', 'referral', 'assessment', 's47', 'cp_plan'],
  ...[
    'care_period',
    'care_episode',
    'early_help',
    'cin_episode',
    'care_leaver',
    'adoption',
    'adopter',
    'upload_file',
    'series_point',
    'target',
    'population',
    'audit_event',
    'local_indicator',
  ],
  ...['benchmark', 'statistical_neighbour', 'council_ref', 'reference_population'],
  'supplied_value',
  'commentary',
  'rag_rule',
  'spc_recalculation',
];

export function upload(changes: Partial<NewUpload> = {}): NewUpload {
  return {
    la: LA,
    createdBy: 'analyst',
    fileName: 'annex-a.xlsx',
    fileHash: 'ab'.repeat(32),
    format: 'annex-a',
    asAt: '2024-03-31',
    coversFrom: '2023-04-01',
    counts: { contacts: 2 },
    issues: [],
    ...changes,
  };
}

/** One record in every list for child C1 and a second contact, with leap-day and year-end dates. */
export function sampleRecords(): RecordSet {
  const child = 'C1';
  return {
    children: [
      { childId: child, gender: 'female', ethnicity: 'WBRI', birthDate: dayOf(2012, 2, 29) },
    ],
    contacts: [
      { childId: child, contactDate: dayOf(2024, 2, 29), source: 'police' },
      { childId: child, contactDate: dayOf(2024, 3, 31), source: null },
    ],
    referrals: [
      {
        childId: child,
        referralDate: dayOf(2024, 3, 1),
        source: 'school',
        nfa: false,
        referralsLast12m: 2,
      },
    ],
    assessments: [
      {
        childId: child,
        startDate: dayOf(2024, 3, 1),
        authorisedDate: dayOf(2024, 3, 31),
        childSeen: true,
        needsSupport: null,
      },
    ],
    s47s: [
      {
        childId: child,
        startDate: dayOf(2024, 3, 2),
        icpcNotRequired: false,
        icpcDate: null,
        icpcResultedInPlan: null,
      },
    ],
    cpPlans: [
      {
        childId: child,
        startDate: dayOf(2024, 3, 5),
        endDate: null,
        initialCategory: 'neglect',
        latestCategory: 'neglect',
        previousPlans: 0,
      },
    ],
    carePeriods: [
      {
        childId: child,
        startDate: dayOf(2023, 4, 1),
        endDate: dayOf(2024, 2, 29),
        legalStatus: 'C2',
        legalStatusStart: dayOf(2023, 4, 1),
        placementsLast12m: 1,
        placementStart: dayOf(2023, 6, 1),
        placementType: 'U1',
        reasonCeased: 'E11',
      },
    ],
    careEpisodes: [
      {
        childId: child,
        startDate: dayOf(2023, 4, 1),
        endDate: dayOf(2024, 2, 29),
        reasonNew: 'S',
        legalStatus: 'C2',
        placement: 'U1',
        reasonEnded: 'E11',
        reasonPlaceChange: null,
      },
    ],
    earlyHelp: [
      {
        childId: child,
        startDate: dayOf(2023, 12, 31),
        completedDate: null,
        organisation: 'School',
      },
    ],
    cinEpisodes: [
      {
        childId: child,
        startDate: dayOf(2022, 4, 1),
        endDate: dayOf(2024, 2, 29),
        primaryNeed: 'N1',
        reasonClosed: 'RC1',
        lastSeen: dayOf(2024, 2, 28),
        disability: false,
      },
    ],
    careLeavers: [
      {
        childId: child,
        birthDate: dayOf(2012, 2, 29),
        eligibility: 'Relevant child',
        inTouch: 'YES',
        latestContact: dayOf(2024, 2, 29),
        accommodation: 'K',
        accommodationSuitable: true,
        activity: 'F2',
        pathwayPlanReview: null,
        uasc: null,
      },
    ],
    ...sampleAdoption(child),
  };
}

export function counts(inserted: number, updated: number, unchanged: number): MergeCounts {
  return { inserted, updated, unchanged };
}

export function target(value: number, financialYear = 2024): Target {
  return {
    indicatorId: 'rereferrals_12m_pct',
    financialYear,
    value,
    tolerance: 2,
    toleranceKind: 'absolute',
  };
}

/** A point of 1 in 8 (12.5%) ending on `end`, with any field changed. */
export function point(window: WindowKind, end: string, changes: Partial<Point> = {}): Point {
  const base = { period: `${window} to ${end}`, start: '2024-01-01', end };
  return { window, ...base, value: 12.5, numerator: 1, denominator: 8, ...changes };
}

/** Every row of every table, in a stable order: a picture of the whole database. */
export async function snapshot(db: Database): Promise<Record<string, unknown[]>> {
  const picture: Record<string, unknown[]> = {};
  for (const table of TABLES) {
    const { rows } = await sql`select * from ${sql.table(table)} t order by t::text`.execute(db);
    picture[table] = rows;
  }
  return picture;
}
