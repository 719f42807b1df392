/**
 * Defining a council's local indicators from a definitions file: checked, stored with who,
 * when and why, and the council's series recomputed with them, all in one transaction.
 */
import { hasErrors, type IndicatorDefinition, type Issue } from '../domain/index.ts';
import { readDefinitions, type SourceFile } from '../ingest/index.ts';
import { recompute } from './import.ts';
import {
  loadLocalIndicators,
  retireLocalIndicator,
  setLocalIndicators,
} from './local-indicators.ts';
import type { Database } from './tables.ts';
import { inTransaction } from './transaction.ts';
import { loadCoverage } from './upload.ts';

export interface DefineRequest {
  la: string;
  file: SourceFile;
  setBy: string;
  /** ISO timestamp, passed in so the store reads no clock. */
  at: string;
  reason: string;
}

export type DefineResult =
  | { ok: false; issues: Issue[] }
  | { ok: true; definitions: IndicatorDefinition[]; recomputed: boolean };

/** Stores the file's definitions (replacing those with the same ids) and recomputes. */
export async function defineLocalIndicators(
  db: Database,
  request: DefineRequest,
): Promise<DefineResult> {
  const read = await readDefinitions(request.file);
  if (hasErrors(read.issues)) return { ok: false, issues: read.issues };
  const meta = { setBy: request.setBy, at: request.at, reason: request.reason };
  return inTransaction(db, async (trx) => {
    await setLocalIndicators(trx, request.la, read.definitions, meta);
    const recomputed = await recomputeIfData(trx, request.la, request.at);
    return { ok: true, definitions: read.definitions, recomputed };
  });
}

export type RetireResult = { ok: false; message: string } | { ok: true; recomputed: boolean };

/** Retires a local indicator in force: its series go, its history stays. */
export async function retireLocal(
  db: Database,
  request: Omit<DefineRequest, 'file'> & { id: string },
): Promise<RetireResult> {
  const meta = { setBy: request.setBy, at: request.at, reason: request.reason };
  return inTransaction(db, async (trx): Promise<RetireResult> => {
    const local = await loadLocalIndicators(trx, request.la);
    if (!local.some((d) => d.id === request.id)) {
      return { ok: false, message: `${request.id} is not a local indicator of ${request.la}` };
    }
    await retireLocalIndicator(trx, request.la, request.id, meta);
    return { ok: true, recomputed: await recomputeIfData(trx, request.la, request.at) };
  });
}

async function recomputeIfData(trx: Database, la: string, at: string): Promise<boolean> {
  if ((await loadCoverage(trx, la)) === null) return false;
  await recompute(trx, la, at);
  return true;
}
