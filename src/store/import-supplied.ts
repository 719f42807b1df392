/** Atomic imports of supplied values: files → values → merged → their series written, all or nothing. */
import { hasErrors, type Issue } from '../domain/index.ts';
import { readSuppliedFiles, type SourceFile, type SuppliedValue } from '../ingest/index.ts';
import type { MergeCounts } from './bulk-merge.ts';
import { hashFiles } from './import.ts';
import { upsertLa } from './la.ts';
import type { LaRow } from './mappers.ts';
import { mergeSuppliedValues } from './supplied.ts';
import { COMPUTED_IDS, writeSuppliedSeries } from './supplied-series.ts';
import type { Database } from './tables.ts';
import { inTransaction } from './transaction.ts';
import { createUpload, SUPPLIED_FORMAT } from './upload.ts';
import { describeFiles, fileHash, saveUploadFiles, uploadWithAll } from './upload-files.ts';

export interface SuppliedImportRequest {
  la: LaRow;
  files: readonly SourceFile[];
  createdBy: string;
  /** When the import happens (ISO timestamp), passed in so the store reads no clock. */
  at: string;
  /** Accept values for indicators the engine computes, shown in place of computed points. */
  allowOverride?: boolean;
}

export type SuppliedImportResult =
  | { ok: false; issues: Issue[] }
  /** Every file was imported before, by `uploadId`: nothing was read or changed. */
  | { ok: true; repeatOf: number }
  | { ok: true; uploadId: number; counts: MergeCounts; issues: Issue[] };

/**
 * Reads supplied-values files and, when they hold no errors, in one transaction: records the
 * upload, merges the values (later wins) and writes their series. Computed series stay.
 */
export async function importSupplied(
  db: Database,
  request: SuppliedImportRequest,
): Promise<SuppliedImportResult> {
  const repeatOf = await uploadWithAll(db, request.la.code, request.files.map(fileHash));
  if (repeatOf !== null) return { ok: true, repeatOf };
  const read = await readSuppliedFiles(request.files, {
    computedIds: COMPUTED_IDS,
    allowOverride: request.allowOverride === true,
  });
  if (hasErrors(read.issues)) return { ok: false, issues: read.issues };
  return inTransaction(db, async (trx) => {
    const la = request.la.code;
    await upsertLa(trx, request.la);
    const uploadId = await createUpload(trx, {
      la,
      createdBy: request.createdBy,
      fileName: request.files.map((f) => f.name).join(', '),
      fileHash: hashFiles(request.files),
      format: SUPPLIED_FORMAT,
      ...spanOf(read.values, request.at),
      counts: Object.fromEntries(read.files.map((f) => [f.name, f.rows])),
      issues: read.issues,
    });
    await saveUploadFiles(trx, uploadId, describeFiles(request.files, read.files));
    const counts = await mergeSuppliedValues(trx, la, read.values, uploadId);
    await writeSuppliedSeries(trx, la, request.at);
    return { ok: true, uploadId, counts, issues: read.issues };
  });
}

/** The days the values' periods span (the import's date when there are none). */
function spanOf(
  values: readonly SuppliedValue[],
  at: string,
): { coversFrom: string; asAt: string } {
  const day = at.slice(0, 10);
  let coversFrom = values[0]?.start ?? day;
  let asAt = values[0]?.end ?? day;
  for (const v of values) {
    if (v.start < coversFrom) coversFrom = v.start;
    if (v.end > asAt) asAt = v.end;
  }
  return { coversFrom, asAt };
}
