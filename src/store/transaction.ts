/** Transactions that join one already open, so repository functions compose atomically. */
import type { Database } from './tables.ts';

/**
 * Runs `fn` in a transaction: committed when it resolves, rolled back when it throws. Inside a
 * transaction already, `fn` joins it. On PGlite, use `trx` inside `fn`, never the outer `db`:
 * the transaction holds the one connection until it ends.
 */
export function inTransaction<T>(db: Database, fn: (trx: Database) => Promise<T>): Promise<T> {
  return db.isTransaction ? fn(db) : db.transaction().execute(fn);
}

/** Runs reads in one snapshot (repeatable read, read only), or in the open transaction. */
export function inSnapshot<T>(db: Database, fn: (trx: Database) => Promise<T>): Promise<T> {
  if (db.isTransaction) return fn(db);
  return db
    .transaction()
    .setIsolationLevel('repeatable read')
    .setAccessMode('read only')
    .execute(fn);
}
