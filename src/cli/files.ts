/** Turns file and folder arguments into the bytes of each file, folders expanded. */
import { readdir, readFile, stat } from 'node:fs/promises';
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

/** The file's bytes as a plain Uint8Array over the Buffer's memory (a view, not a copy). */
async function bytesOf(file: string): Promise<Uint8Array> {
  const buffer = await readFile(file);
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}

async function expand(arg: string, readable: RegExp): Promise<string[]> {
  const info = await stat(arg).catch(() => null);
  if (info === null) throw new UsageError(`no such file or folder: ${arg}`);
  if (!info.isDirectory()) return [arg];
  const names = (await readdir(arg)).filter((n) => readable.test(n)).sort();
  return names.map((n) => path.join(arg, n));
}
