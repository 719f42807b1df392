import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runBenchmarks } from './benchmarks.ts';
import { SHIPPED_DFE_DIR } from './shipped-data.ts';

let folder = '';
afterEach(async () => {
  vi.restoreAllMocks();
  if (folder) await rm(folder, { recursive: true, force: true });
});

describe('runBenchmarks(config, folder)', () => {
  it('finds the shipped copy from the package, not the working folder', () => {
    expect(existsSync(path.join(SHIPPED_DFE_DIR, 'sn_model_2025_wide.csv.gz'))).toBe(true);
  });

  it('exits 1 listing the issue, without opening the database, when a file cannot be read', async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'outturn-dfe-'));
    await writeFile(path.join(folder, 'sn_model_2025_wide.csv'), 'old_la_code,la_name\n886,Kent\n');
    const lines: string[] = [];
    vi.spyOn(process.stderr, 'write').mockImplementation((text) => {
      lines.push(String(text));
      return true;
    });
    const dataDir = path.join(folder, 'db');
    const code = await runBenchmarks({ port: 0, databaseUrl: undefined, dataDir }, folder);
    expect(code).toBe(1);
    expect(lines.join('')).toContain('Columns missing: SN_1');
    expect(existsSync(dataDir)).toBe(false);
  });
});
