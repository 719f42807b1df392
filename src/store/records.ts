/** Child-level records of one council: merged in by key, loaded back, counted. */
import { sql } from 'kysely';
import type { OnImportProgress, RecordSet } from '../domain/index.ts';
import { type MergeCounts, mergeRows } from './bulk-merge.ts';
import { readRows } from './bulk-read.ts';
import { lastByKeyInOrder } from './key-order.ts';
import { type MappingFor, RECORD_MAPPINGS, RECORD_SET_KEYS } from './record-mappers.ts';
import type { Database } from './tables.ts';
import { inSnapshot, inTransaction } from './transaction.ts';
import { checkUpload } from './upload.ts';

/** Merges of one council wait for each other (across connections to a server). */
async function lockCouncil(trx: Database, la: string): Promise<void> {
  await sql`select pg_advisory_xact_lock(hashtextextended(${`outturn.merge.${la}`}, 0))`.execute(
    trx,
  );
}

type Item<K extends keyof RecordSet> = RecordSet[K][number];

/** A list's merge: its counts, and when gathering, every record the council has in it after. */
interface ListMerge<K extends keyof RecordSet> {
  counts: MergeCounts;
  all: Item<K>[] | null;
}

async function mergeList<K extends keyof RecordSet>(
  db: Database,
  list: K,
  records: RecordSet,
  ids: { la: string; uploadId: number; gather: boolean },
): Promise<ListMerge<K>> {
  const mapping: MappingFor<K> = RECORD_MAPPINGS[list];
  const items: readonly Item<K>[] = records[list];
  const rows = lastByKeyInOrder(
    items.map((item) => mapping.toRow(item)),
    mapping.key,
  );
  const { untouched, ...counts } = await mergeRows(db, mapping, ids.la, ids.uploadId, rows);
  if (!ids.gather) return { counts, all: null };
  // What the table now holds for the council: the rows just merged (as stored, read back the
  // way loadRecords reads them) and the rows the merge did not touch, read from the table.
  const all = rows.map((row) => mapping.fromRow(row));
  if (untouched !== 'none') {
    const rest = await readRows<Parameters<MappingFor<K>['fromRow']>[0]>(
      db,
      mapping,
      ids.la,
      untouched === 'staged',
    );
    for (const row of rest) all.push(mapping.fromRow(row));
  }
  return { counts, all };
}

/** An upload's merge: counts by list name, and with `gather`, the council's records after it. */
export interface MergeOutcome {
  counts: Record<string, MergeCounts>;
  /** Every record the council holds once merged, as loadRecords would give them (in no order). */
  records: RecordSet | null;
}

/**
 * Merges an upload's records into the council's, atomically, by key, as mergeRecords does; with
 * `gather`, also gives every record the council then holds, reading from the database only the
 * records the upload did not hold, so recomputing needs no second read of the whole council.
 */
export function mergeRecordsGathering(
  db: Database,
  la: string,
  records: RecordSet,
  uploadId: number,
  options: { gather: boolean; onProgress?: OnImportProgress },
): Promise<MergeOutcome> {
  return inTransaction(db, async (trx) => {
    await checkUpload(trx, la, uploadId);
    await lockCouncil(trx, la);
    const counts: Record<string, MergeCounts> = {};
    const all: Partial<Record<keyof RecordSet, unknown[]>> = {};
    const tell = merging(records, options.onProgress);
    for (const list of RECORD_SET_KEYS) {
      tell(list);
      const merged = await mergeList(trx, list, records, { la, uploadId, gather: options.gather });
      counts[list] = merged.counts;
      all[list] = merged.all ?? [];
    }
    tell();
    return { counts, records: options.gather ? (all as RecordSet) : null };
  });
}

/**
 * Merges an upload's records into the council's, atomically, by key: new records are inserted,
 * records that differ are overwritten whole (blanks included) and take `uploadId`, identical
 * ones are left as they are. Counts by list name; `onProgress` is told each list as it starts.
 */
export async function mergeRecords(
  db: Database,
  la: string,
  records: RecordSet,
  uploadId: number,
  onProgress?: OnImportProgress,
): Promise<Record<string, MergeCounts>> {
  const options = { gather: false, ...(onProgress ? { onProgress } : {}) };
  return (await mergeRecordsGathering(db, la, records, uploadId, options)).counts;
}

/** Tells the listener each list as its merge starts (records merged so far), then the end. */
function merging(
  records: RecordSet,
  onProgress?: OnImportProgress,
): (list?: keyof RecordSet) => void {
  const total = RECORD_SET_KEYS.reduce((sum, list) => sum + records[list].length, 0);
  let done = 0;
  let previous: keyof RecordSet | undefined;
  return (list) => {
    if (previous !== undefined) done += records[previous].length;
    previous = list;
    if (onProgress === undefined || (list !== undefined && records[list].length === 0)) return;
    onProgress({ phase: 'merging', ...(list ? { item: list } : {}), done, total, unit: 'records' });
  };
}

async function loadList<K extends keyof RecordSet>(
  db: Database,
  list: K,
  la: string,
): Promise<RecordSet[K][number][]> {
  const mapping: MappingFor<K> = RECORD_MAPPINGS[list];
  const rows = await readRows<Parameters<MappingFor<K>['fromRow']>[0]>(db, mapping, la);
  return rows.map((row) => mapping.fromRow(row));
}

async function loadInto<K extends keyof RecordSet>(
  db: Database,
  set: Partial<RecordSet>,
  list: K,
  la: string,
): Promise<void> {
  set[list] = (await loadList(db, list, la)) as RecordSet[K];
}

/** Every record of the council, each list in key order (child, then key date). */
export function loadRecords(db: Database, la: string): Promise<RecordSet> {
  return inSnapshot(db, async (trx) => {
    const set: Partial<RecordSet> = {};
    for (const list of RECORD_SET_KEYS) await loadInto(trx, set, list, la);
    return set as RecordSet;
  });
}

/** How many records the council has, by list name. */
export function countRecords(db: Database, la: string): Promise<Record<string, number>> {
  return inSnapshot(db, async (trx) => {
    const counts: Record<string, number> = {};
    for (const list of RECORD_SET_KEYS) {
      const { rows } = await sql<{ n: number | string }>`
        select count(*) as n from ${sql.table(RECORD_MAPPINGS[list].table)} where la = ${la}`.execute(
        trx,
      );
      counts[list] = Number(rows[0]?.n ?? 0);
    }
    return counts;
  });
}
