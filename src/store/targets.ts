/** Targets: every change kept, the latest in force, with the council's RAG rules applied. */
import { type Target, type TargetSetting, targetsInForce } from '../assess/index.ts';
import { type TargetChange, targetChangeFromRow, targetFromRow, targetToRow } from './mappers.ts';
import { loadRagRules } from './rag-rules.ts';
import type { Database } from './tables.ts';

/** Who set a target and why; when (ISO timestamp), or the database's clock when absent. */
export interface ChangeMeta {
  setBy: string;
  reason: string;
  at?: string;
}

/**
 * Sets a target, keeping the ones it replaces as history. A target in force whose tolerance came
 * from the council's rule (`toleranceSource` rule or none) is stored as set without one.
 */
export async function setTarget(
  db: Database,
  la: string,
  target: TargetSetting | Target,
  meta: ChangeMeta,
): Promise<void> {
  await db
    .insertInto('target')
    .values(targetToRow(la, target, meta))
    .execute();
}

/** Sets several targets in the order given (call inside a transaction for all or nothing). */
export async function setTargets(
  db: Database,
  la: string,
  targets: readonly TargetSetting[],
  meta: ChangeMeta,
): Promise<void> {
  if (targets.length === 0) return;
  await db
    .insertInto('target')
    .values(targets.map((t) => targetToRow(la, t, meta)))
    .execute();
}

/** The targets as set last for each indicator and financial year (no rule applied). */
export async function loadTargetSettings(db: Database, la: string): Promise<TargetSetting[]> {
  const rows = await db
    .selectFrom('target')
    .selectAll()
    .distinctOn(['indicator_id', 'financial_year'])
    .where('la', '=', la)
    .orderBy('indicator_id')
    .orderBy('financial_year')
    .orderBy('id', 'desc')
    .execute();
  return rows.map(targetFromRow);
}

/**
 * The targets in force: the latest set for each indicator and financial year, a target set
 * without a tolerance taking the council's RAG rule for its indicator (assess `targetInForce`).
 * Every page and report judges figures against these.
 */
export async function loadTargets(db: Database, la: string): Promise<Target[]> {
  const [settings, rules] = [await loadTargetSettings(db, la), await loadRagRules(db, la)];
  return targetsInForce(settings, rules);
}

/** Every target ever set for the council, oldest first, with who set it and why. */
export async function loadTargetHistory(db: Database, la: string): Promise<TargetChange[]> {
  const rows = await db
    .selectFrom('target')
    .selectAll()
    .where('la', '=', la)
    .orderBy('id')
    .execute();
  return rows.map(targetChangeFromRow);
}
