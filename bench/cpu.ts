/**
 * CPU time, so that a benchmark on a machine shared with other work can say what it cost as well
 * as how long it took: this process's, and the PostgreSQL server's backends' for a database on
 * this machine (read from /proc; null where that cannot be read).
 */
import { readFileSync } from 'node:fs';
import { sql } from 'kysely';
import type { Database } from '../src/store/index.ts';

/** Clock ticks per second of /proc/<pid>/stat times (100 on Linux). */
const TICKS = 100;

/** Seconds of CPU this process has used (user and system). */
export function processCpu(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
}

function procCpu(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / TICKS;
  } catch {
    return null;
  }
}

/** CPU seconds by backend of the server's connections to this database; null if unreadable. */
export async function serverCpu(db: Database): Promise<Map<number, number> | null> {
  const { rows } = await sql<{ pid: number }>`
    select pid from pg_stat_activity where datname = current_database()`.execute(db);
  const out = new Map<number, number>();
  for (const { pid } of rows) {
    const cpu = procCpu(pid);
    if (cpu === null) return null;
    out.set(pid, cpu);
  }
  return out;
}

/** CPU seconds the backends used between two readings (backends that ended are missed). */
export function serverCpuBetween(
  before: Map<number, number> | null,
  after: Map<number, number> | null,
): number | null {
  if (before === null || after === null) return null;
  let total = 0;
  for (const [pid, cpu] of after) total += cpu - (before.get(pid) ?? 0);
  return total;
}
