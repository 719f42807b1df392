/** Migrations, imported statically (one file each), run with Kysely's Migrator. */
import {
  type Kysely,
  type Migration,
  type MigrationProvider,
  Migrator,
  NO_MIGRATIONS,
} from 'kysely';
import * as initial from './migrations/20261122T0800_initial.ts';
import * as episodesAndFiles from './migrations/20261122T0930_episodes_and_files.ts';
import * as suppliedValue from './migrations/20261122T1000_supplied_value.ts';
import * as benchmarks from './migrations/20261122T1100_benchmarks.ts';
import * as moreLists from './migrations/20261122T1200_more_lists.ts';
import * as adoption from './migrations/20261122T1300_adoption.ts';
import * as localIndicator from './migrations/20261122T1500_local_indicator.ts';
import * as placementStart from './migrations/20261122T1600_placement_start.ts';
import * as seriesFirstReported from './migrations/20261122T1800_series_first_reported.ts';
import * as commentary from './migrations/20261122T1810_commentary.ts';
import * as targetProfile from './migrations/20261122T1900_target_profile.ts';
import * as spcRecalculation from './migrations/20261122T2000_spc_recalculation.ts';

const MIGRATIONS: Record<string, Migration> = {
  '20261122T0800_initial': initial,
  '20261122T0930_episodes_and_files': episodesAndFiles,
  '20261122T1000_supplied_value': suppliedValue,
  '20261122T1100_benchmarks': benchmarks,
  '20261122T1200_more_lists': moreLists,
  '20261122T1300_adoption': adoption,
  '20261122T1600_placement_start': placementStart,
  '20261122T1500_local_indicator': localIndicator,
  '20261122T1800_series_first_reported': seriesFirstReported,
  '20261122T1810_commentary': commentary,
  '20261122T1900_target_profile': targetProfile,
  '20261122T2000_spc_recalculation': spcRecalculation,
};

const provider: MigrationProvider = { getMigrations: async () => MIGRATIONS };

function migrator<DB>(db: Kysely<DB>): Migrator {
  return new Migrator({ db, provider });
}

function check({ error }: { error?: unknown }): void {
  if (error === undefined) return;
  throw error instanceof Error ? error : new Error(`migration failed: ${String(error)}`);
}

/** Applies every migration not yet applied. */
export async function migrateToLatest<DB>(db: Kysely<DB>): Promise<void> {
  check(await migrator(db).migrateToLatest());
}

/** Undoes every migration (tests of `down`). */
export async function migrateToNone<DB>(db: Kysely<DB>): Promise<void> {
  check(await migrator(db).migrateTo(NO_MIGRATIONS));
}
