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

async function mergeList<K extends keyof RecordSet>(
  db: Database,
  list: K,
  records: RecordSet,
  la: string,
  uploadId: number,
): Promise<MergeCounts> {
  const mapping: MappingFor<K> = RECORD_MAPPINGS[list];
  const items: readonly RecordSet[K][number][] = records[list];
  const rows = lastByKeyInOrder(
    items.map((item) => mapping.toRow(item)),
    mapping.key,
  );
  return mergeRows(db, mapping, la, uploadId, rows);
}

/**
 * Merges an upload's records into the council's, atomically, by key: new records are inserted,
 * records that differ are overwritten whole (blanks included) and take `uploadId`, identical
 * ones are left as they are. Counts by list name; `onProgress` is told each list as it starts.
 */
export function mergeRecords(
  db: Database,
  la: string,
  records: RecordSet,
  uploadId: number,
  onProgress?: OnImportProgress,
): Promise<Record<string, MergeCounts>> {
  return inTransaction(db, async (trx) => {
    await checkUpload(trx, la, uploadId);
    await lockCouncil(trx, la);
    const counts: Record<string, MergeCounts> = {};
    const tell = merging(records, onProgress);
    for (const list of RECORD_SET_KEYS) {
      tell(list);
      counts[list] = await mergeList(trx, list, records, la, uploadId);
    }
    tell();
    return counts;
  });
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
