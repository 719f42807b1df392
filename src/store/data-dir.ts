/**
 * The PGlite data folder: created once, in a child process, in a temporary sibling that is
 * renamed into place, so an interrupted initialisation never leaves a half-made folder.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, rename, rm } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isAlive } from './process-alive.ts';

const INIT_SCRIPT = fileURLToPath(new URL('./init-data-dir.mjs', import.meta.url));

function hasCluster(dir: string): boolean {
  return existsSync(join(dir, 'PG_VERSION'));
}

async function isEmptyOrMissing(dir: string): Promise<boolean> {
  if (!existsSync(dir)) return true;
  return (await readdir(dir)).length === 0;
}

function tempSibling(dir: string): string {
  return `${dir}.init-${process.pid}-${randomBytes(4).toString('hex')}`;
}

/** Removes temporary siblings left by initialisations whose process has gone. */
async function removeStaleSiblings(dir: string): Promise<void> {
  const prefix = `${basename(dir)}.init-`;
  for (const name of await readdir(dirname(dir))) {
    const pid = Number(name.slice(prefix.length).split('-')[0]);
    if (name.startsWith(prefix) && Number.isInteger(pid) && !isAlive(pid)) {
      await rm(join(dirname(dir), name), { recursive: true, force: true });
    }
  }
}

/** Runs initdb for `dir` in a child Node process. */
function initInChild(dir: string): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [INIT_SCRIPT, dir], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on('error', fail);
    child.on('exit', (code) =>
      code === 0 ? done() : fail(new Error(`initialising ${dir} failed (exit ${code}): ${stderr}`)),
    );
  });
}

/** Renames the made folder into place; another process may have got there first. */
async function moveInto(temp: string, dir: string): Promise<'created' | 'existing'> {
  try {
    await rename(temp, dir);
    return 'created';
  } catch (error) {
    if (hasCluster(dir)) return 'existing';
    throw error;
  }
}

/**
 * Makes sure `dir` holds a PostgreSQL cluster for PGlite: `existing` when it already does,
 * `created` when it was initialised now (in a child process). Throws when `dir` holds other files.
 */
export async function ensureDataDir(dir: string): Promise<'created' | 'existing'> {
  const target = resolve(dir);
  if (hasCluster(target)) return 'existing';
  if (!(await isEmptyOrMissing(target))) {
    throw new Error(`${target} holds files but no PostgreSQL data folder (no PG_VERSION)`);
  }
  await mkdir(dirname(target), { recursive: true });
  await removeStaleSiblings(target);
  const temp = tempSibling(target);
  try {
    await initInChild(temp);
    return await moveInto(temp, target);
  } finally {
    await rm(temp, { recursive: true, force: true });
  }
}
