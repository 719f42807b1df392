/**
 * Kysely's driver over one PGlite instance. A caller holds the connection from acquire to
 * release (a whole transaction, BEGIN to COMMIT), so no one else's query runs inside it.
 */
import { setImmediate } from 'node:timers/promises';
import type { PGlite } from '@electric-sql/pglite';
import {
  CompiledQuery,
  type DatabaseConnection,
  type Driver,
  type QueryResult,
  type TransactionSettings,
} from 'kysely';
import { Mutex } from './mutex.ts';

class PGliteConnection implements DatabaseConnection {
  constructor(readonly pglite: PGlite) {}

  async executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    const result = await this.pglite.query<R>(query.sql, [...query.parameters]);
    // PGlite answers within the process, so a transaction's queries would run back to back
    // without the event loop ever turning: the server could not answer anyone (not even an
    // import's progress) until the import ended. One turn of the loop after each query.
    await setImmediate();
    const affected = result.affectedRows;
    return affected === undefined
      ? { rows: result.rows }
      : { rows: result.rows, numAffectedRows: BigInt(affected) };
  }

  /** PGlite has no cursors: the whole result comes as one chunk. */
  async *streamQuery<R>(query: CompiledQuery): AsyncIterableIterator<QueryResult<R>> {
    yield await this.executeQuery<R>(query);
  }
}

function beginSql(settings: TransactionSettings): string {
  const level = settings.isolationLevel ? ` isolation level ${settings.isolationLevel}` : '';
  const mode = settings.accessMode ? ` ${settings.accessMode}` : '';
  return `start transaction${level}${mode}`;
}

export class PGliteDriver implements Driver {
  readonly #connection: PGliteConnection;
  readonly #mutex = new Mutex();
  #release: (() => void) | null = null;

  constructor(pglite: PGlite) {
    this.#connection = new PGliteConnection(pglite);
  }

  async init(): Promise<void> {
    await this.#connection.pglite.waitReady;
  }

  async acquireConnection(): Promise<DatabaseConnection> {
    this.#release = await this.#mutex.lock();
    return this.#connection;
  }

  async releaseConnection(): Promise<void> {
    const release = this.#release;
    this.#release = null;
    release?.();
  }

  async beginTransaction(connection: DatabaseConnection, settings: TransactionSettings) {
    await connection.executeQuery(CompiledQuery.raw(beginSql(settings)));
  }

  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('commit'));
  }

  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('rollback'));
  }

  /** Waits for the caller holding the connection, then closes PGlite. */
  async destroy(): Promise<void> {
    const pglite = this.#connection.pglite;
    await this.#mutex.run(async () => {
      if (!pglite.closed) await pglite.close();
    });
  }
}
