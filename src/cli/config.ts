/** Settings from the environment, checked once at the edge into a resolved `Config`. */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

/** The DfE statistics shipped with Outturn (benchmarks, population, statistical neighbours). */
export const SHIPPED_DFE_DIR = fileURLToPath(new URL('../../data/dfe/', import.meta.url));

export interface Config {
  port: number;
  /** A PostgreSQL server to use instead of the embedded database. */
  databaseUrl: string | undefined;
  /** The embedded database's folder (PGlite). */
  dataDir: string;
}

const Env = z.object({
  PORT: z.coerce.number().int().min(1).max(65_535).default(3000),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must start with postgres:// or postgresql://')
    .optional(),
  OUTTURN_DATA_DIR: z.string().min(1).default('.outturn'),
});

/** Reads `PORT`, `DATABASE_URL` and `OUTTURN_DATA_DIR`; throws a readable error when invalid. */
export function readConfig(env: NodeJS.ProcessEnv): Config {
  const parsed = Env.safeParse(emptyAsUnset(env));
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new UsageError(`invalid configuration\n  ${lines.join('\n  ')}`);
  }
  return {
    port: parsed.data.PORT,
    databaseUrl: parsed.data.DATABASE_URL,
    dataDir: path.resolve(parsed.data.OUTTURN_DATA_DIR),
  };
}

function emptyAsUnset(env: NodeJS.ProcessEnv): Record<string, string> {
  const out: Record<string, string> = {};
  for (const key of ['PORT', 'DATABASE_URL', 'OUTTURN_DATA_DIR']) {
    const value = env[key];
    if (value !== undefined && value !== '') out[key] = value;
  }
  return out;
}

/** A mistake in how the command was called: printed without a stack, exit code 2. */
export class UsageError extends Error {}
