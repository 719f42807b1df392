/**
 * The ONS child population (0-17) shipped in data/dfe, for `outturn compute --la <code>`: the
 * same figures `outturn benchmarks` loads for the dashboard, read straight from the file.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { readDfeBenchmarks } from '../ingest/index.ts';
import { SHIPPED_DFE_DIR } from './shipped-data.ts';

const POPULATION_FILE = /^ons_mid-year_population_estimates.*\.csv(\.gz)?$/i;

/**
 * A council's population by mid-year, by its old LA code (886 Kent); empty for a code the file
 * does not name, or when the folder holds no ONS population file.
 */
export async function shippedPopulation(
  la: string,
  folder = SHIPPED_DFE_DIR,
): Promise<Map<number, number>> {
  const names = (await readdir(folder)).filter((name) => POPULATION_FILE.test(name)).sort();
  const files = await Promise.all(
    names.map(async (name) => ({
      name,
      bytes: new Uint8Array(await readFile(path.join(folder, name))),
    })),
  );
  const { population } = readDfeBenchmarks(files);
  const own = population.filter((row) => row.level === 'la' && row.code === la);
  return new Map(own.map((row) => [row.year, row.count]));
}
