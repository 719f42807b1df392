/** Uploads: who sent which file when, what it held, and the coverage they add up to. */
import type { Coverage } from '../domain/index.ts';
import { dayOfText } from './day-text.ts';
import { type NewUpload, type StoredUpload, uploadFromRow, uploadToRow } from './mappers.ts';
import type { Database } from './tables.ts';

/** The format of uploads of supplied values (see import-supplied.ts). */
export const SUPPLIED_FORMAT = 'supplied-csv';

/** Records an upload; returns its id, for the records it writes to point at. */
export async function createUpload(db: Database, upload: NewUpload): Promise<number> {
  const row = await db
    .insertInto('upload')
    .values(uploadToRow(upload))
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Fails unless the upload is the council's: rows must point at their own council's upload. */
export async function checkUpload(db: Database, la: string, uploadId: number): Promise<void> {
  const found = await db
    .selectFrom('upload')
    .select('id')
    .where('id', '=', uploadId)
    .where('la', '=', la)
    .executeTakeFirst();
  if (!found) throw new Error(`upload ${uploadId} is not an upload of council ${la}`);
}

/** The council's uploads, oldest first. */
export async function listUploads(db: Database, la: string): Promise<StoredUpload[]> {
  const rows = await db
    .selectFrom('upload')
    .selectAll()
    .where('la', '=', la)
    .orderBy('id')
    .execute();
  return rows.map(uploadFromRow);
}

/**
 * The days the council's applied uploads of records cover together: from the earliest
 * `coversFrom` to the latest `asAt`; null before the first. Uploads of supplied values do not
 * count: their periods say nothing about which days the records cover.
 */
export async function loadCoverage(db: Database, la: string): Promise<Coverage | null> {
  const row = await db
    .selectFrom('upload')
    .select((eb) => [eb.fn.min('covers_from').as('from'), eb.fn.max('as_at').as('asAt')])
    .where('la', '=', la)
    .where('status', '=', 'applied')
    .where('format', '<>', SUPPLIED_FORMAT)
    .executeTakeFirst();
  if (!row?.from || !row.asAt) return null;
  return { from: dayOfText(row.from), asAt: dayOfText(row.asAt) };
}
