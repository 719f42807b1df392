/**
 * Table types as Kysely sees them: snake_case columns, DATE columns as `yyyy-mm-dd` text,
 * jsonb read as parsed values and written as JSON text.
 */
import type { ColumnType, Generated, Kysely } from 'kysely';
import type { IndicatorDefinition, Issue } from '../domain/index.ts';
import type { AdopterTable, AdoptionTable } from './adoption-tables.ts';
import type {
  BenchmarkTable,
  CouncilRefTable,
  ReferencePopulationTable,
  StatisticalNeighbourTable,
} from './benchmark-tables.ts';
import type { CommentaryTable } from './commentary-tables.ts';

/** `yyyy-mm-dd`. */
type DateText = string;
/** Read as a Date (both back ends parse timestamptz); written as an ISO string or left to now(). */
type Timestamp = ColumnType<Date, string | undefined, string>;
/** jsonb: parsed on read, JSON text on write (pg would turn a JS array into a SQL array). */
type Json<T> = ColumnType<T, string, string>;

export type UploadStatus = 'applied' | 'rejected';

export interface LaTable {
  code: string;
  name: string;
}

export interface UploadTable {
  id: Generated<number>;
  la: string;
  created_at: Timestamp;
  created_by: string;
  file_name: string;
  file_hash: string;
  format: string;
  as_at: DateText;
  covers_from: DateText;
  counts: Json<Record<string, number>>;
  issues: Json<Issue[]>;
  status: ColumnType<UploadStatus, UploadStatus | undefined, UploadStatus>;
}

/** Columns every child-level table has. */
interface ChildLevel {
  la: string;
  child_id: string;
  upload_id: number;
}

export interface ChildTable extends ChildLevel {
  gender: string | null;
  ethnicity: string | null;
  birth_date: DateText | null;
}

export interface ContactTable extends ChildLevel {
  contact_date: DateText;
  source: string | null;
}

export interface ReferralTable extends ChildLevel {
  referral_date: DateText;
  source: string | null;
  nfa: boolean | null;
  referrals_last_12m: number | null;
}

export interface AssessmentTable extends ChildLevel {
  start_date: DateText;
  authorised_date: DateText | null;
  child_seen: boolean | null;
  needs_support: boolean | null;
}

export interface S47Table extends ChildLevel {
  start_date: DateText;
  icpc_not_required: boolean | null;
  icpc_date: DateText | null;
  icpc_resulted_in_plan: boolean | null;
}

export interface CpPlanTable extends ChildLevel {
  start_date: DateText;
  end_date: DateText | null;
  initial_category: string | null;
  latest_category: string | null;
  previous_plans: number | null;
}

export interface CarePeriodTable extends ChildLevel {
  start_date: DateText;
  end_date: DateText | null;
  legal_status: string | null;
  legal_status_start: DateText | null;
  placements_last_12m: number | null;
  placement_start: DateText | null;
  placement_type: string | null;
  reason_ceased: string | null;
}

export interface CareEpisodeTable extends ChildLevel {
  start_date: DateText;
  end_date: DateText | null;
  reason_new: string | null;
  legal_status: string | null;
  placement: string | null;
  reason_ended: string | null;
  reason_place_change: string | null;
}

export interface EarlyHelpTable extends ChildLevel {
  start_date: DateText;
  completed_date: DateText | null;
  organisation: string | null;
}

export interface CinEpisodeTable extends ChildLevel {
  start_date: DateText;
  end_date: DateText | null;
  primary_need: string | null;
  reason_closed: string | null;
  last_seen: DateText | null;
  disability: boolean | null;
}

/** One row per care leaver: keyed by council and child alone. */
export interface CareLeaverTable extends ChildLevel {
  birth_date: DateText | null;
  eligibility: string | null;
  in_touch: string | null;
  latest_contact: DateText | null;
  accommodation: string | null;
  accommodation_suitable: boolean | null;
  activity: string | null;
  pathway_plan_review: DateText | null;
  uasc: boolean | null;
}

export interface UploadFileTable {
  upload_id: number;
  /** The file's place in the upload, from 0: later files win. */
  position: number;
  name: string;
  /** sha256 of the file's bytes, hex. */
  hash: string;
  format: string;
  /** The Annex A list or SSDA903 table the file holds, when it has one. */
  part: string | null;
  rows: number;
}

export interface SeriesPointTable {
  la: string;
  indicator_id: string;
  window: string;
  period: string;
  start_date: DateText;
  end_date: DateText;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  partial: boolean;
  covers_start: DateText | null;
  covers_end: DateText | null;
  computed_at: Timestamp;
  /** The value when first stored whole, and when; both null until then. */
  first_value: ColumnType<number | null, number | null | undefined, number | null>;
  first_reported_at: ColumnType<Date | null, string | null | undefined, string | null>;
}

/** A value a council supplied for an indicator and period (no child-level source). */
export interface SuppliedValueTable {
  la: string;
  indicator_id: string;
  window: string;
  period: string;
  start_date: DateText;
  end_date: DateText;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  base: number | null;
  ci_lower: number | null;
  ci_upper: number | null;
  note: string | null;
  upload_id: number;
}

export interface TargetTable {
  id: Generated<number>;
  la: string;
  indicator_id: string;
  financial_year: number;
  value: number;
  /** Null when none was given: the council's rag_rule for the indicator applies. */
  tolerance: number | null;
  tolerance_kind: string | null;
  /** 12 shares, April to March; null for straight-line. */
  profile: ColumnType<number[] | null, string | null | undefined, string | null>;
  set_by: string;
  set_at: Timestamp;
  reason: string;
}

export interface RagRuleTable {
  id: Generated<number>;
  la: string;
  indicator_id: string;
  /** Null when this change removed the rule. */
  tolerance: number | null;
  tolerance_kind: string | null;
  set_by: string;
  set_at: Timestamp;
  reason: string;
}

export interface PopulationTable {
  la: string;
  year: number;
  count: number;
}

export interface LocalIndicatorTable {
  id: Generated<number>;
  la: string;
  indicator_id: string;
  /** Null when this change retired the id. */
  definition: Json<IndicatorDefinition | null>;
  set_by: string;
  set_at: Timestamp;
  reason: string;
}

export interface SpcRecalculationTable {
  id: Generated<number>;
  la: string;
  indicator_id: string;
  from_date: DateText;
  reason: string;
  set_by: string;
  set_at: Timestamp;
}

export interface AuditEventTable {
  id: Generated<number>;
  at: Timestamp;
  actor: string;
  action: string;
  detail: Json<unknown>;
}

export interface Tables {
  la: LaTable;
  upload: UploadTable;
  child: ChildTable;
  contact: ContactTable;
  referral: ReferralTable;
  assessment: AssessmentTable;
  s47: S47Table;
  cp_plan: CpPlanTable;
  care_period: CarePeriodTable;
  care_episode: CareEpisodeTable;
  early_help: EarlyHelpTable;
  cin_episode: CinEpisodeTable;
  care_leaver: CareLeaverTable;
  adoption: AdoptionTable;
  adopter: AdopterTable;
  upload_file: UploadFileTable;
  series_point: SeriesPointTable;
  supplied_value: SuppliedValueTable;
  target: TargetTable;
  rag_rule: RagRuleTable;
  population: PopulationTable;
  audit_event: AuditEventTable;
  local_indicator: LocalIndicatorTable;
  spc_recalculation: SpcRecalculationTable;
  benchmark: BenchmarkTable;
  statistical_neighbour: StatisticalNeighbourTable;
  council_ref: CouncilRefTable;
  reference_population: ReferencePopulationTable;
  commentary: CommentaryTable;
}

export type Database = Kysely<Tables>;

/** The child-level tables, one per list of a RecordSet. */
export type RecordTableName =
  | 'child'
  | 'contact'
  | 'referral'
  | 'assessment'
  | 's47'
  | 'cp_plan'
  | 'care_period'
  | 'care_episode'
  | 'early_help'
  | 'cin_episode'
  | 'care_leaver'
  | 'adoption'
  | 'adopter';
