/** Settings from the environment, checked once at the edge into a resolved `Config`. */
import path from 'node:path';
import { z } from 'zod';
import { UsageError } from './usage-error.ts';

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

/**
 * Reads `PORT`, `DATABASE_URL` and `OUTTURN_DATA_DIR`; throws a readable error when invalid.
 * Commands read them when they first need them: `compute` never does, and starts
 * without loading zod (about 0.1 s).
 */
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

/** The settings, read once when first asked for. */
export type ConfigLoader = () => Promise<Config>;
