/** `outturn demo --write`: a synthetic council's Annex A CSV files written to a folder. */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { type CouncilSize, generateCouncil } from '../demo/index.ts';
import { type Day, isoDay } from '../domain/index.ts';

export interface DemoWriteOptions {
  asAt: Day;
  seed?: number;
  size: CouncilSize;
  years?: number;
  log: (message: string) => void;
}

/**
 * Simulates the council and writes its Annex A lists to `folder` (created if missing) one file
 * at a time, so a large council's text is never all in memory at once. Returns the paths.
 */
export async function writeDemoFiles(folder: string, o: DemoWriteOptions): Promise<string[]> {
  await mkdir(folder, { recursive: true });
  const council = generateCouncil({
    asAt: o.asAt,
    size: o.size,
    ...(o.seed === undefined ? {} : { seed: o.seed }),
    ...(o.years === undefined ? {} : { years: o.years }),
  });
  o.log(
    `generated ${council.la.name} (${council.la.code}) from ${isoDay(council.from)} to ${isoDay(council.asAt)}`,
  );
  const written: string[] = [];
  for (const file of council.files()) {
    const where = path.join(folder, file.name);
    await writeFile(where, file.text);
    o.log(`wrote ${where} (${lineCount(file.text) - 1} rows)`);
    written.push(where);
  }
  return written;
}

function lineCount(text: string): number {
  let n = 0;
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) n++;
  return n;
}
