/** Atomic imports of targets: files read, and only when they hold no errors, every target set. */
import { CATALOGUE, hasErrors, type Issue } from '../domain/index.ts';
import { type ReadTarget, readTargetFiles, type SourceFile } from '../ingest/index.ts';
import { loadLocalIndicators } from './local-indicators.ts';
import type { Database } from './tables.ts';
import { setTargets } from './targets.ts';
import { inTransaction } from './transaction.ts';

export interface TargetImportRequest {
  /** The council's code; it must be in the database. */
  la: string;
  files: readonly SourceFile[];
  setBy: string;
  reason: string;
  /** When the targets were set (ISO timestamp), passed in so the store reads no clock. */
  at: string;
}

export type TargetImportResult =
  | { ok: false; issues: Issue[] }
  | { ok: true; targets: ReadTarget[]; issues: Issue[] };

/**
 * Reads targets for the catalogue's and the council's local indicators and, when the files hold
 * no errors, sets them all in one transaction, each keeping the one it replaces as history.
 */
export async function importTargets(
  db: Database,
  request: TargetImportRequest,
): Promise<TargetImportResult> {
  const local = await loadLocalIndicators(db, request.la);
  const read = await readTargetFiles(request.files, { indicators: [...CATALOGUE, ...local] });
  if (hasErrors(read.issues)) return { ok: false, issues: read.issues };
  const meta = { setBy: request.setBy, reason: request.reason, at: request.at };
  await inTransaction(db, (trx) => setTargets(trx, request.la, read.targets, meta));
  return { ok: true, targets: read.targets, issues: read.issues };
}
