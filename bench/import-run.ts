/**
 * One run of the import benchmark, in its own process so that its peak memory is its own:
 * opens a fresh store (a PGlite folder, or a new database on the server), then imports each
 * extract given in turn with `importFiles`, timing every phase, and prints one JSON line each.
 *
 *   node --import tsx bench/import-run.ts pglite|<admin database URL> <asAt>=<folder> ...
 */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type Day, type ImportProgress, parseIsoDay } from '../src/domain/index.ts';
import type { SourceFile } from '../src/ingest/index.ts';
import { importFiles, openStore, type Store } from '../src/store/index.ts';
import { openServerTestStore } from '../src/store/testing.ts';
import { processCpu, serverCpu, serverCpuBetween } from './cpu.ts';

export interface RunResult {
  asAt: string;
  records: number;
  inserted: number;
  updated: number;
  unchanged: number;
  /** Seconds reading the files' bytes from disk (before the import starts). */
  disk: number;
  /** Seconds in importFiles. */
  seconds: number;
  /** CPU seconds of this process in importFiles, and of the server's backends (if readable). */
  cpu: number;
  serverCpu: number | null;
  /** Seconds by phase (`reading`, `merging`, `computing`, and computing's steps). */
  phases: [string, number][];
  peakRssMb: number;
  error?: string;
}

function day(text: string): Day {
  const parsed = parseIsoDay(text);
  if (parsed === null) throw new Error(`not a yyyy-mm-dd date: ${text}`);
  return parsed;
}

async function filesOf(folder: string): Promise<SourceFile[]> {
  const names = (await readdir(folder)).filter((n) => n.endsWith('.csv')).sort();
  return Promise.all(
    names.map(async (name) => ({
      name,
      bytes: new Uint8Array(await readFile(path.join(folder, name))),
    })),
  );
}

/** Time marks of the progress reported: when each phase (and computing step) was first seen. */
function phaseClock() {
  const marks: [string, number][] = [];
  const seen = new Set<string>();
  const mark = (label: string) => {
    if (seen.has(label)) return;
    seen.add(label);
    marks.push([label, performance.now()]);
  };
  return {
    onProgress: (p: ImportProgress) => {
      mark(p.phase);
      if (p.phase === 'computing' && p.item) mark(`computing: ${p.item}`);
    },
    /** Seconds of each phase: to the next mark of the same level, or to `end`. */
    phases(end: number): [string, number][] {
      const level = (label: string) => (label.includes(':') ? 1 : 0);
      return marks.map(([label, at], i) => {
        const next = marks.slice(i + 1).find(([l]) => level(l) <= level(label));
        return [label, ((next?.[1] ?? end) - at) / 1000];
      });
    },
  };
}

async function importOnce(store: Store, asAt: string, folder: string): Promise<RunResult> {
  const t0 = performance.now();
  const files = await filesOf(folder);
  const disk = (performance.now() - t0) / 1000;
  const clock = phaseClock();
  const server0 = store.kind === 'postgres' ? await serverCpu(store.db) : null;
  const cpu0 = processCpu();
  const started = performance.now();
  const result = await importFiles(store.db, {
    la: { code: '998', name: 'Eastmarch' },
    files,
    asAt: day(asAt),
    from: day('2016-04-01'),
    createdBy: 'bench',
    at: new Date().toISOString(),
    onProgress: clock.onProgress,
  });
  const ended = performance.now();
  const cpu = processCpu() - cpu0;
  const server = store.kind === 'postgres' ? await serverCpu(store.db) : null;
  const peakRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
  const base = {
    asAt,
    disk,
    seconds: (ended - started) / 1000,
    cpu,
    serverCpu: serverCpuBetween(server0, server),
    phases: clock.phases(ended),
    peakRssMb,
  };
  if (!result.ok) {
    const first = result.issues.find((i) => i.severity === 'error');
    return {
      ...base,
      records: 0,
      inserted: 0,
      updated: 0,
      unchanged: 0,
      error: first?.message ?? 'errors',
    };
  }
  if (!('counts' in result))
    return { ...base, records: 0, inserted: 0, updated: 0, unchanged: 0, error: 'a repeat' };
  const sum = (pick: (c: { inserted: number; updated: number; unchanged: number }) => number) =>
    Object.values(result.counts).reduce((total, c) => total + pick(c), 0);
  return {
    ...base,
    records: sum((c) => c.inserted + c.updated + c.unchanged),
    inserted: sum((c) => c.inserted),
    updated: sum((c) => c.updated),
    unchanged: sum((c) => c.unchanged),
  };
}

async function openFresh(target: string): Promise<{ store: Store; dispose: () => Promise<void> }> {
  if (target !== 'pglite') {
    const store = await openServerTestStore(target);
    return { store, dispose: store.dispose };
  }
  const dir = await mkdtemp(path.join(tmpdir(), 'outturn-bench-import-'));
  const store = await openStore({ dataDir: path.join(dir, 'data') });
  return {
    store,
    dispose: async () => {
      await store.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

const [target = 'pglite', ...extracts] = process.argv.slice(2);
const opened = performance.now();
const { store, dispose } = await openFresh(target);
console.log(JSON.stringify({ opened: (performance.now() - opened) / 1000 }));
try {
  for (const extract of extracts) {
    const [asAt = '', folder = ''] = extract.split('=');
    console.log(JSON.stringify(await importOnce(store, asAt, folder)));
  }
} finally {
  await dispose();
}
