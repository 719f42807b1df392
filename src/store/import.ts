/** Atomic imports: files → records → merged into the store → series recomputed, all or nothing. */
import { createHash } from 'node:crypto';
import type { Target } from '../assess/index.ts';
import {
  CATALOGUE,
  type Coverage,
  type Day,
  hasErrors,
  type Issue,
  isoDay,
  type OnImportProgress,
  type RecordSet,
} from '../domain/index.ts';
import { computeSeries, earliestEventDate } from '../engine/index.ts';
import { type ReadResult, readCaseFiles, type SourceFile } from '../ingest/index.ts';
import type { MergeCounts } from './bulk-merge.ts';
import { upsertLa } from './la.ts';
import { everLocalIds, loadLocalIndicators } from './local-indicators.ts';
import type { LaRow } from './mappers.ts';
import { ratePopulation, setPopulation } from './population.ts';
import { loadRecords, mergeRecordsGathering } from './records.ts';
import { deleteLaData } from './reset.ts';
import { replaceSeriesFor } from './series.ts';
import { COMPUTED_IDS, writeSuppliedSeries } from './supplied-series.ts';
import type { Database } from './tables.ts';
import { setTarget } from './targets.ts';
import { inTransaction } from './transaction.ts';
import { createUpload, loadCoverage } from './upload.ts';
import { describeFiles, fileHash, saveUploadFiles, uploadWithAll } from './upload-files.ts';

export interface ImportRequest {
  la: LaRow;
  files: readonly SourceFile[];
  /** The extract's "as at" date. */
  asAt: Day;
  /** The first day the extract covers; the earliest event date in it when absent. */
  from?: Day;
  createdBy: string;
  /** When the import happens (ISO timestamp), passed in so the store reads no clock. */
  at: string;
  /** Told how far the import has got: bytes read, records merged, steps of computing. */
  onProgress?: OnImportProgress;
}

export type ImportResult =
  | { ok: false; issues: Issue[] }
  /** Every file was imported before, by `uploadId`: nothing was read or changed. */
  | { ok: true; repeatOf: number }
  | {
      ok: true;
      uploadId: number;
      counts: Record<string, MergeCounts>;
      coverage: Coverage;
      issues: Issue[];
    };

/** Reads the files and, when they hold no errors, merges them and recomputes in one transaction. */
export async function importFiles(db: Database, request: ImportRequest): Promise<ImportResult> {
  const repeatOf = await uploadWithAll(db, request.la.code, request.files.map(fileHash));
  if (repeatOf !== null) return { ok: true, repeatOf };
  const onProgress = request.onProgress;
  const read = await readCaseFiles(request.files, onProgress ? { onProgress } : {});
  if (hasErrors(read.issues)) return { ok: false, issues: read.issues };
  return inTransaction(db, (trx) => writeImport(trx, request, read));
}

async function writeImport(
  trx: Database,
  request: ImportRequest,
  read: ReadResult,
): Promise<ImportResult> {
  const from = request.from ?? earliestEventDate(read.records) ?? request.asAt;
  await upsertLa(trx, request.la);
  const uploadId = await createUpload(trx, {
    la: request.la.code,
    createdBy: request.createdBy,
    fileName: request.files.map((f) => f.name).join(', '),
    fileHash: hashFiles(request.files),
    format: [...new Set(read.files.map((f) => f.format))].join(', '),
    asAt: isoDay(request.asAt),
    coversFrom: isoDay(from),
    counts: Object.fromEntries(read.files.map((f) => [f.name, f.rows])),
    issues: read.issues,
  });
  await saveUploadFiles(trx, uploadId, describeFiles(request.files, read.files));
  const merged = await mergeRecordsGathering(trx, request.la.code, read.records, uploadId, {
    gather: true,
    ...(request.onProgress ? { onProgress: request.onProgress } : {}),
  });
  const { counts } = merged;
  const all = merged.records ?? undefined;
  const coverage = await recompute(trx, request.la.code, request.at, request.onProgress, all);
  return { ok: true, uploadId, counts, coverage, issues: read.issues };
}

/** The steps of recomputing, as `onProgress` is told them. */
export const COMPUTING_STEPS = ['loading records', 'computing indicators', 'storing series'];

/**
 * Recomputes every computed series of a council, its local indicators' included, from all its
 * stored records; supplied series stay, and supplied values that override computed points are
 * laid over them again. A retired local indicator's series go. `records`, when given, must be
 * every record the council holds (as a gathering merge gives them), and are not read again.
 */
export async function recompute(
  trx: Database,
  la: string,
  at: string,
  onProgress?: OnImportProgress,
  records?: RecordSet,
): Promise<Coverage> {
  const step = (done: number) =>
    onProgress?.({
      phase: 'computing',
      ...(done < COMPUTING_STEPS.length ? { item: COMPUTING_STEPS[done] } : {}),
      done,
      total: COMPUTING_STEPS.length,
      unit: 'steps',
    });
  const coverage = await loadCoverage(trx, la);
  if (coverage === null) throw new Error(`council ${la} has no uploads to compute from`);
  step(0);
  const stored = records ?? (await loadRecords(trx, la));
  const population = await ratePopulation(trx, la);
  step(1);
  const local = await loadLocalIndicators(trx, la);
  const indicators = [...CATALOGUE.filter((d) => d.source === 'child-level'), ...local];
  const series = computeSeries(stored, { coverage, population, indicators });
  step(2);
  const ids = [...COMPUTED_IDS, ...(await everLocalIds(trx, la))];
  await replaceSeriesFor(trx, la, ids, series, at);
  await writeSuppliedSeries(trx, la, at);
  step(3);
  return coverage;
}

/** sha256 over the files' own sha256s, in order. */
export function hashFiles(files: readonly SourceFile[]): string {
  const hash = createHash('sha256');
  for (const f of files) hash.update(createHash('sha256').update(f.bytes).digest());
  return hash.digest('hex');
}

/** A council's full set of demo inputs, as the demo generator makes them. */
export interface CouncilLoad extends Omit<ImportRequest, 'onProgress'> {
  population: readonly { year: number; count: number }[];
  targets: readonly Target[];
}

/** Replaces everything held for a council with the given files, population and targets. */
export async function replaceCouncil(
  db: Database,
  load: CouncilLoad,
  onProgress?: OnImportProgress,
): Promise<ImportResult> {
  const read = await readCaseFiles(load.files, onProgress ? { onProgress } : {});
  if (hasErrors(read.issues)) return { ok: false, issues: read.issues };
  return inTransaction(db, async (trx) => {
    await deleteLaData(trx, load.la.code);
    await upsertLa(trx, load.la);
    for (const p of load.population) await setPopulation(trx, load.la.code, p.year, p.count);
    for (const t of load.targets) {
      await setTarget(trx, load.la.code, t, { setBy: load.createdBy, reason: 'demo targets' });
    }
    return writeImport(trx, { ...load, ...(onProgress ? { onProgress } : {}) }, read);
  });
}
