/** Turns file and folder arguments into the bytes of each file, folders expanded. */
import { open, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { SourceFile } from '../ingest/index.ts';
import { UsageError } from './usage-error.ts';

const READABLE = /\.(csv|xlsx|xml)$/i;

/** Reads every named file, and every readable file in each named folder (sorted by name). */
export async function readSourceFiles(
  args: readonly string[],
  readable: RegExp = READABLE,
): Promise<SourceFile[]> {
  const paths: string[] = [];
  for (const arg of args) paths.push(...(await expand(arg, readable)));
  if (paths.length === 0) throw new UsageError('no files to read (expected .csv files or folders)');
  return Promise.all(paths.map(async (p) => ({ name: path.basename(p), bytes: await bytesOf(p) })));
}

/**
 * The file's bytes, read into shared memory: the thread that reads a lane of Annex A lists
 * (ingest/annex-a/lanes.ts) is given its files' bytes without a copy (about 50 ms of this
 * thread's time for the large council's 100 MB besides the contacts).
 */
async function bytesOf(file: string): Promise<Uint8Array> {
  const handle = await open(file);
  try {
    const { size } = await handle.stat();
    const bytes = new Uint8Array(new SharedArrayBuffer(size));
    let length = 0;
    while (length < size) {
      const { bytesRead } = await handle.read(bytes, length, size - length, length);
      if (bytesRead === 0) break; // the file shrank since its size was read
      length += bytesRead;
    }
    return bytes.subarray(0, length);
  } finally {
    await handle.close();
  }
}

async function expand(arg: string, readable: RegExp): Promise<string[]> {
  const info = await stat(arg).catch(() => null);
  if (info === null) throw new UsageError(`no such file or folder: ${arg}`);
  if (!info.isDirectory()) return [arg];
  const names = (await readdir(arg)).filter((n) => readable.test(n)).sort();
  return names.map((n) => path.join(arg, n));
}
