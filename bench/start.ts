/**
 * Times `outturn serve` from a fresh data folder to the first dashboard response (first start,
 * including database initialisation and loading the demo), then a second start on the same folder,
 * and reads the serving process's peak memory.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { freePort, startServe, stop } from '../test/e2e/process.ts';

async function timedStart(dataDir: string): Promise<{ seconds: number; peakMb: number }> {
  const t0 = performance.now();
  const server = await startServe({ OUTTURN_DATA_DIR: dataDir, PORT: String(await freePort()) });
  const response = await fetch(server.url);
  if (!response.ok) throw new Error(`dashboard answered ${response.status}`);
  await response.text();
  const seconds = (performance.now() - t0) / 1000;
  const peakMb = await peakMemoryMb(server.child.pid);
  await stop(server.child);
  return { seconds, peakMb };
}

async function peakMemoryMb(pid: number | undefined): Promise<number> {
  if (pid === undefined) return Number.NaN;
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1]);
  return Math.round(kb / 1024);
}

const dataDir = await mkdtemp(path.join(os.tmpdir(), 'outturn-bench-start-'));
try {
  const first = await timedStart(dataDir);
  const later = await timedStart(dataDir);
  console.log(
    `first start (empty folder → demo loaded → dashboard served): ${first.seconds.toFixed(1)} s, serving process peak ${first.peakMb} MB`,
  );
  console.log(
    `later start (existing folder → dashboard served):           ${later.seconds.toFixed(1)} s, serving process peak ${later.peakMb} MB`,
  );
} finally {
  await rm(dataDir, { recursive: true, force: true });
}
