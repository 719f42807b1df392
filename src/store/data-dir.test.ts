import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ensureDataDir } from './data-dir.ts';

let parent: string;
beforeEach(async () => {
  parent = await mkdtemp(join(tmpdir(), 'outturn-data-dir-'));
});
afterEach(() => rm(parent, { recursive: true, force: true }));

describe('ensureDataDir(dir)', () => {
  it('creates a cluster in a missing folder, leaves no temporary sibling, then finds it existing', async () => {
    const dir = join(parent, 'nested', '.outturn');
    // A sibling left by an initialisation whose process has gone (above Linux's largest pid).
    await mkdir(join(parent, 'nested', `.outturn.init-${2 ** 22 + 1}-abcd`), { recursive: true });
    expect(await ensureDataDir(dir)).toBe('created');
    expect(existsSync(join(dir, 'PG_VERSION'))).toBe(true);
    expect(await readdir(join(parent, 'nested'))).toEqual(['.outturn']);
    expect(await ensureDataDir(dir)).toBe('existing');
  });

  it('refuses a folder that holds other files, and leaves them alone', async () => {
    const dir = join(parent, 'busy');
    await mkdir(dir);
    await writeFile(join(dir, 'notes.txt'), 'mine');
    await expect(ensureDataDir(dir)).rejects.toThrow('no PostgreSQL data folder');
    expect(await readdir(dir)).toEqual(['notes.txt']);
  });
});
