/**
 * Supplied values of one council (indicators with no child-level source): merged in by
 * indicator and period, later uploads winning, and loaded back.
 */
import { type Insertable, type Selectable, sql } from 'kysely';
import { WINDOW_KINDS } from '../domain/index.ts';
import type { SuppliedValue } from '../ingest/index.ts';
import type { MergeCounts } from './bulk-merge.ts';
import { member } from './codes.ts';
import type { Database, SuppliedValueTable } from './tables.ts';
import { inTransaction } from './transaction.ts';
import { checkUpload } from './upload.ts';

type Row = Insertable<SuppliedValueTable>;

/** Rows per INSERT: 14 columns each, well under PostgreSQL's 65,535 parameters. */
const CHUNK_ROWS = 2_000;

/** The columns a later upload overwrites; the key and `upload_id` are not among them. */
const DATA_COLUMNS = [
  'start_date',
  'end_date',
  'value',
  'numerator',
  'denominator',
  'base',
  'ci_lower',
  'ci_upper',
  'note',
] as const;

function toRow(la: string, value: SuppliedValue, uploadId: number): Row {
  return {
    la,
    indicator_id: value.indicatorId,
    window: value.window,
    period: value.period,
    start_date: value.start,
    end_date: value.end,
    value: value.value,
    numerator: value.numerator,
    denominator: value.denominator,
    base: value.base,
    ci_lower: value.ci?.lower ?? null,
    ci_upper: value.ci?.upper ?? null,
    note: value.note,
    upload_id: uploadId,
  };
}

function fromRow(row: Selectable<SuppliedValueTable>): SuppliedValue {
  const ci =
    row.ci_lower === null || row.ci_upper === null
      ? null
      : { lower: row.ci_lower, upper: row.ci_upper };
  return {
    indicatorId: row.indicator_id,
    window: member(WINDOW_KINDS, row.window),
    period: row.period,
    start: row.start_date,
    end: row.end_date,
    value: row.value,
    numerator: row.numerator,
    denominator: row.denominator,
    base: row.base,
    ci,
    note: row.note,
  };
}

function keyOf(row: Pick<Row, 'indicator_id' | 'window' | 'period'>): string {
  return `${row.indicator_id}\u0000${row.window}\u0000${row.period}`;
}

function sameData(a: Row, b: Row): boolean {
  return DATA_COLUMNS.every((column) => (a[column] ?? null) === (b[column] ?? null));
}

async function storedRows(trx: Database, la: string): Promise<Map<string, Row>> {
  const rows = await trx.selectFrom('supplied_value').selectAll().where('la', '=', la).execute();
  return new Map(rows.map((row) => [keyOf(row), row]));
}

async function updateRow(trx: Database, row: Row): Promise<void> {
  const { la, indicator_id, window, period, ...data } = row;
  await trx
    .updateTable('supplied_value')
    .set(data)
    .where('la', '=', la)
    .where('indicator_id', '=', indicator_id)
    .where('window', '=', window)
    .where('period', '=', period)
    .execute();
}

/**
 * Merges an upload's values into the council's by indicator, window and period: new ones are
 * inserted, ones that differ are overwritten whole and take `uploadId`, identical ones are left
 * as they are. Where `values` repeats a key, the last wins.
 */
export function mergeSuppliedValues(
  db: Database,
  la: string,
  values: readonly SuppliedValue[],
  uploadId: number,
): Promise<MergeCounts> {
  return inTransaction(db, async (trx) => {
    await checkUpload(trx, la, uploadId);
    await sql`select pg_advisory_xact_lock(hashtextextended(${`outturn.supplied.${la}`}, 0))`.execute(
      trx,
    );
    const stored = await storedRows(trx, la);
    const incoming = new Map(values.map((v) => toRow(la, v, uploadId)).map((r) => [keyOf(r), r]));
    const counts: MergeCounts = { inserted: 0, updated: 0, unchanged: 0 };
    const inserts: Row[] = [];
    for (const [key, row] of incoming) {
      const old = stored.get(key);
      if (!old) inserts.push(row);
      else if (sameData(old, row)) counts.unchanged += 1;
      else {
        await updateRow(trx, row);
        counts.updated += 1;
      }
    }
    for (let start = 0; start < inserts.length; start += CHUNK_ROWS) {
      await trx
        .insertInto('supplied_value')
        .values(inserts.slice(start, start + CHUNK_ROWS))
        .execute();
    }
    counts.inserted = inserts.length;
    return counts;
  });
}

/** The council's supplied values by indicator id (bytewise), then end date, then window kind. */
export async function loadSuppliedValues(db: Database, la: string): Promise<SuppliedValue[]> {
  const rows = await db
    .selectFrom('supplied_value')
    .selectAll()
    .where('la', '=', la)
    .orderBy(sql`indicator_id collate "C"`)
    .orderBy('end_date')
    .orderBy(sql`array_position(array['month', 'quarter', 'year', 'ytd', 'r12'], "window")`)
    .execute();
  return rows.map(fromRow);
}
