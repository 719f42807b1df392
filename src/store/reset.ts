/** Removing everything held for one council (used when the demo council is reloaded). */
import type { Database, Tables } from './tables.ts';

/** Tables holding a council's data, children before the uploads they point at. */
const COUNCIL_TABLES: readonly (keyof Tables & string)[] = [
  'child',
  'contact',
  'referral',
  'assessment',
  's47',
  'cp_plan',
  'care_period',
  'care_episode',
  'early_help',
  'cin_episode',
  'care_leaver',
  'adoption',
  'adopter',
  'series_point',
  'supplied_value',
  'target',
  'rag_rule',
  'population',
  'commentary',
  'local_indicator',
  'spc_recalculation',
  'upload',
];

/**
 * Deletes a council's records, series, targets and RAG rules, population, commentary, local
 * indicators, SPC recalculation dates and uploads; keeps the council.
 */
export async function deleteLaData(db: Database, la: string): Promise<void> {
  for (const table of COUNCIL_TABLES) {
    await db.deleteFrom(table).where('la', '=', la).execute();
  }
}
