/**
 * A Kysely dialect for PGlite: PostgreSQL's adapter, compiler and introspector, with a driver
 * whose one connection is the PGlite instance, held by one caller at a time.
 */
import type { PGlite } from '@electric-sql/pglite';
import {
  type DatabaseIntrospector,
  type Dialect,
  type DialectAdapter,
  type Driver,
  type Kysely,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  type QueryCompiler,
} from 'kysely';
import { PGliteDriver } from './pglite-driver.ts';

export class PGliteDialect implements Dialect {
  readonly #pglite: PGlite;

  /** The dialect takes the instance over: destroying the Kysely instance closes it. */
  constructor(pglite: PGlite) {
    this.#pglite = pglite;
  }

  createDriver(): Driver {
    return new PGliteDriver(this.#pglite);
  }

  createQueryCompiler(): QueryCompiler {
    return new PostgresQueryCompiler();
  }

  createAdapter(): DialectAdapter {
    return new PostgresAdapter();
  }

  createIntrospector(db: Kysely<unknown>): DatabaseIntrospector {
    return new PostgresIntrospector(db);
  }
}
