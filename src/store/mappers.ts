/** Rows to and from what the rest of Outturn sees: uploads, series points and targets. */
import type { Insertable, Selectable } from 'kysely';
import type { Target, TargetSetting } from '../assess/index.ts';
import { type Issue, type Point, WINDOW_KINDS } from '../domain/index.ts';
import { member, optionalMember, TOLERANCE_KINDS } from './codes.ts';
import type { SeriesPointTable, TargetTable, UploadTable } from './tables.ts';

export interface LaRow {
  code: string;
  name: string;
}

export interface NewUpload {
  la: string;
  createdBy: string;
  fileName: string;
  /** sha256 of the file's bytes, lower-case hex. */
  fileHash: string;
  format: string;
  /** `yyyy-mm-dd`. */
  asAt: string;
  /** `yyyy-mm-dd`. */
  coversFrom: string;
  counts: Record<string, number>;
  issues: Issue[];
}

export interface StoredUpload extends NewUpload {
  id: number;
  /** ISO 8601 timestamp. */
  createdAt: string;
}

/** A target as set (tolerance null when none was given), with who set it, when and why. */
export interface TargetChange extends TargetSetting {
  setBy: string;
  /** ISO 8601 timestamp. */
  setAt: string;
  reason: string;
}

export function uploadToRow(upload: NewUpload): Insertable<UploadTable> {
  return {
    la: upload.la,
    created_by: upload.createdBy,
    file_name: upload.fileName,
    file_hash: upload.fileHash,
    format: upload.format,
    as_at: upload.asAt,
    covers_from: upload.coversFrom,
    counts: JSON.stringify(upload.counts),
    issues: JSON.stringify(upload.issues),
  };
}

export function uploadFromRow(row: Selectable<UploadTable>): StoredUpload {
  return {
    id: row.id,
    createdAt: row.created_at.toISOString(),
    la: row.la,
    createdBy: row.created_by,
    fileName: row.file_name,
    fileHash: row.file_hash,
    format: row.format,
    asAt: row.as_at,
    coversFrom: row.covers_from,
    counts: row.counts,
    issues: row.issues,
  };
}

export function pointToRow(
  la: string,
  indicatorId: string,
  point: Point,
  computedAt: string,
): Insertable<SeriesPointTable> {
  return {
    la,
    indicator_id: indicatorId,
    window: point.window,
    period: point.period,
    start_date: point.start,
    end_date: point.end,
    value: point.value,
    numerator: point.numerator,
    denominator: point.denominator,
    partial: point.partial === true,
    covers_start: point.covers?.start ?? null,
    covers_end: point.covers?.end ?? null,
    computed_at: computedAt,
  };
}

export function pointFromRow(row: Selectable<SeriesPointTable>): Point {
  const point: Point = {
    window: member(WINDOW_KINDS, row.window),
    period: row.period,
    start: row.start_date,
    end: row.end_date,
    value: row.value,
    numerator: row.numerator,
    denominator: row.denominator,
  };
  if (row.partial) point.partial = true;
  if (row.covers_start !== null && row.covers_end !== null) {
    point.covers = { start: row.covers_start, end: row.covers_end };
  }
  return point;
}

export function targetToRow(
  la: string,
  target: TargetSetting | Target,
  meta: { setBy: string; reason: string; at?: string },
): Insertable<TargetTable> {
  // A target in force whose tolerance came from a rule (or none) was set without one.
  const given = !('toleranceSource' in target) || target.toleranceSource === 'target';
  return {
    la,
    indicator_id: target.indicatorId,
    financial_year: target.financialYear,
    value: target.value,
    tolerance: given ? target.tolerance : null,
    tolerance_kind: given ? target.toleranceKind : null,
    profile: target.profile ? JSON.stringify(target.profile) : null,
    set_by: meta.setBy,
    reason: meta.reason,
    ...(meta.at === undefined ? {} : { set_at: meta.at }),
  };
}

export function targetFromRow(row: Selectable<TargetTable>): TargetSetting {
  return {
    indicatorId: row.indicator_id,
    financialYear: row.financial_year,
    value: row.value,
    tolerance: row.tolerance,
    toleranceKind: optionalMember(TOLERANCE_KINDS, row.tolerance_kind),
    ...(row.profile ? { profile: row.profile } : {}),
  };
}

export function targetChangeFromRow(row: Selectable<TargetTable>): TargetChange {
  return {
    ...targetFromRow(row),
    setBy: row.set_by,
    setAt: row.set_at.toISOString(),
    reason: row.reason,
  };
}
