/**
 * The large synthetic council's Annex A CSV files (Eastmarch: ten years, about two million
 * records), generated once into a cache folder under the system's temporary folder and reused
 * while the generator's code is unchanged. Generation runs in a child process
 * (`outturn demo --write`), so the caller's memory is not disturbed.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..');
const DEMO_SOURCE = path.join(ROOT, 'src', 'demo');

/** A hash of the generator's code: the cache is remade when it changes. */
function generatorVersion(): string {
  const hash = createHash('sha256');
  const names = readdirSync(DEMO_SOURCE)
    .filter((n) => n.endsWith('.ts') && !n.endsWith('.test.ts'))
    .sort();
  for (const n of names) hash.update(n).update(readFileSync(path.join(DEMO_SOURCE, n)));
  return hash.digest('hex').slice(0, 12);
}

export interface CouncilFolder {
  folder: string;
  /** Seconds spent generating, or null when the cached files were reused. */
  generatedIn: number | null;
  files: number;
  bytes: number;
}

function describe(folder: string, generatedIn: number | null): CouncilFolder {
  const names = readdirSync(folder).filter((n) => n.endsWith('.csv'));
  const bytes = names.reduce((sum, n) => sum + statSync(path.join(folder, n)).size, 0);
  return { folder, generatedIn, files: names.length, bytes };
}

/** The large council's files as at `asAt` (`yyyy-mm-dd`), generated if not cached yet. */
export async function largeCouncilFiles(asAt: string, seed = 1): Promise<CouncilFolder> {
  const folder = path.join(tmpdir(), `outturn-bench-large-${asAt}-s${seed}-${generatorVersion()}`);
  const ready = statSync(folder, { throwIfNoEntry: false })?.isDirectory() ?? false;
  if (ready) return describe(folder, null);
  const partial = await mkdtemp(`${folder}.partial-`);
  const started = performance.now();
  const args = ['demo', '--write', partial, '--size', 'large', '--as-at', asAt];
  const run = spawnSync(
    process.execPath,
    [path.join(ROOT, 'bin', 'outturn.js'), ...args, '--seed', String(seed)],
    {
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  if (run.status !== 0) {
    rmSync(partial, { recursive: true, force: true });
    throw new Error(`generating the large council failed (exit ${run.status})`);
  }
  renameSync(partial, folder);
  return describe(folder, (performance.now() - started) / 1000);
}
