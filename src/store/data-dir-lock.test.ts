import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { lockDataDir } from './data-dir-lock.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'outturn-lock-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('lockDataDir(dir)', () => {
  it('refuses a second holder while the first holds the folder, and allows one after unlock', async () => {
    const unlock = await lockDataDir(dir);
    await expect(lockDataDir(dir)).rejects.toThrow(`in use by process ${process.pid}`);
    await unlock();
    const again = await lockDataDir(dir);
    await again();
  });

  it('takes over a lock left by a process that has gone', async () => {
    await writeFile(join(dir, 'outturn.lock'), String(2 ** 22 + 1)); // above Linux's largest pid
    const unlock = await lockDataDir(dir);
    expect(await readFile(join(dir, 'outturn.lock'), 'utf8')).toBe(String(process.pid));
    await unlock();
  });
});
