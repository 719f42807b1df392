/** A council's SPC recalculation dates per indicator: stated once each, with who, when and why. */
import type { Database } from './tables.ts';

export interface Recalculation {
  indicatorId: string;
  /** `yyyy-mm-dd`: limits are worked out afresh from the first period starting on or after it. */
  from: string;
  reason: string;
  setBy: string;
  setAt: string;
}

/** States a recalculation date; stating the same date again changes nothing. */
export async function addRecalculation(
  db: Database,
  la: string,
  r: Omit<Recalculation, 'setAt'> & { at: string },
): Promise<void> {
  await db
    .insertInto('spc_recalculation')
    .values({
      la,
      indicator_id: r.indicatorId,
      from_date: r.from,
      reason: r.reason,
      set_by: r.setBy,
      set_at: r.at,
    })
    .onConflict((oc) => oc.columns(['la', 'indicator_id', 'from_date']).doNothing())
    .execute();
}

/** Removes a recalculation date; false when there was none. */
export async function removeRecalculation(
  db: Database,
  la: string,
  indicatorId: string,
  from: string,
): Promise<boolean> {
  const result = await db
    .deleteFrom('spc_recalculation')
    .where('la', '=', la)
    .where('indicator_id', '=', indicatorId)
    .where('from_date', '=', from)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/** The council's recalculation dates, by indicator then date. */
export async function loadRecalculations(db: Database, la: string): Promise<Recalculation[]> {
  const rows = await db
    .selectFrom('spc_recalculation')
    .selectAll()
    .where('la', '=', la)
    .orderBy('indicator_id')
    .orderBy('from_date')
    .execute();
  return rows.map((row) => ({
    indicatorId: row.indicator_id,
    from: row.from_date,
    reason: row.reason,
    setBy: row.set_by,
    setAt: row.set_at.toISOString(),
  }));
}
