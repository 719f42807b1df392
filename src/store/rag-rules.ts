/**
 * A council's own RAG rule per indicator ("amber within 5% of target"): the tolerance of its
 * targets set without one. Every change kept; the latest in force; a change to no tolerance
 * removes the rule.
 */
import type { RagRule, ToleranceKind } from '../assess/index.ts';
import { optionalMember, TOLERANCE_KINDS } from './codes.ts';
import type { Database } from './tables.ts';

/** One change to a rule: its new tolerance, or null for both when the rule was removed. */
export interface RagRuleChange {
  indicatorId: string;
  tolerance: number | null;
  toleranceKind: ToleranceKind | null;
  setBy: string;
  /** ISO 8601 timestamp. */
  setAt: string;
  reason: string;
}

type Meta = { setBy: string; reason: string; at?: string };

/** Sets the rule for an indicator, or removes it (`null`); the earlier rule stays as history. */
export async function setRagRule(
  db: Database,
  la: string,
  indicatorId: string,
  rule: Omit<RagRule, 'indicatorId'> | null,
  meta: Meta,
): Promise<void> {
  await db
    .insertInto('rag_rule')
    .values({
      la,
      indicator_id: indicatorId,
      tolerance: rule?.tolerance ?? null,
      tolerance_kind: rule?.toleranceKind ?? null,
      set_by: meta.setBy,
      reason: meta.reason,
      ...(meta.at === undefined ? {} : { set_at: meta.at }),
    })
    .execute();
}

/** The rules in force, by indicator id. */
export async function loadRagRules(db: Database, la: string): Promise<RagRule[]> {
  const rows = await db
    .selectFrom('rag_rule')
    .select(['indicator_id', 'tolerance', 'tolerance_kind'])
    .distinctOn('indicator_id')
    .where('la', '=', la)
    .orderBy('indicator_id')
    .orderBy('id', 'desc')
    .execute();
  return rows.flatMap((row) => {
    const kind = optionalMember(TOLERANCE_KINDS, row.tolerance_kind);
    if (row.tolerance === null || kind === null) return [];
    return [{ indicatorId: row.indicator_id, tolerance: row.tolerance, toleranceKind: kind }];
  });
}

/** Every change to the council's rules, oldest first. */
export async function loadRagRuleHistory(db: Database, la: string): Promise<RagRuleChange[]> {
  const rows = await db
    .selectFrom('rag_rule')
    .selectAll()
    .where('la', '=', la)
    .orderBy('id')
    .execute();
  return rows.map((row) => ({
    indicatorId: row.indicator_id,
    tolerance: row.tolerance,
    toleranceKind: optionalMember(TOLERANCE_KINDS, row.tolerance_kind),
    setBy: row.set_by,
    setAt: row.set_at.toISOString(),
    reason: row.reason,
  }));
}
