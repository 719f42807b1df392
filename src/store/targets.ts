/** Targets: every change kept, the latest in force. */
import type { Target } from '../assess/index.ts';
import { type TargetChange, targetChangeFromRow, targetFromRow, targetToRow } from './mappers.ts';
import type { Database } from './tables.ts';

/** Sets a target, keeping the ones it replaces as history. */
export async function setTarget(
  db: Database,
  la: string,
  target: Target,
  meta: { setBy: string; reason: string },
): Promise<void> {
  await db
    .insertInto('target')
    .values(targetToRow(la, target, meta))
    .execute();
}

/** The targets in force: the latest set for each indicator and financial year. */
export async function loadTargets(db: Database, la: string): Promise<Target[]> {
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
