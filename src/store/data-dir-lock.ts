/**
 * One process at a time in a PGlite data folder: two PGlite instances writing the same files
 * would corrupt the database. A lock file holds the owner's pid; one left by a dead process is
 * taken over.
 */
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { isAlive } from './process-alive.ts';

const LOCK_FILE = 'outturn.lock';

async function ownerOf(lock: string): Promise<number | null> {
  try {
    const pid = Number((await readFile(lock, 'utf8')).trim());
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

async function tryCreate(lock: string): Promise<boolean> {
  try {
    await writeFile(lock, String(process.pid), { flag: 'wx' });
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

/**
 * Locks the data folder for this process; resolves to the function that unlocks it. Throws when
 * a live process (this one included, through another open store) holds it.
 */
export async function lockDataDir(dir: string): Promise<() => Promise<void>> {
  const lock = join(dir, LOCK_FILE);
  for (let attempt = 0; attempt < 2; attempt++) {
    if (await tryCreate(lock)) return () => rm(lock, { force: true });
    const owner = await ownerOf(lock);
    if (owner !== null && isAlive(owner)) {
      throw new Error(
        `the data folder ${dir} is in use by process ${owner} (is "outturn serve" running? Stop it first, or use a PostgreSQL server through DATABASE_URL)`,
      );
    }
    await rm(lock, { force: true });
  }
  throw new Error(`could not lock the data folder ${dir}`);
}
