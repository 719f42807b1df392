/** Loading the demo council: generated in code, imported through the real pipeline. */

import { type CouncilSize, generateDemo } from '../demo/index.ts';
import { type Day, isoDay, type OnImportProgress } from '../domain/index.ts';
import { type Database, type ImportResult, replaceCouncil } from '../store/index.ts';

export interface DemoLoadOptions {
  asAt: Day;
  seed?: number;
  /** Northmere (`demo`, the default) or the large council. */
  size?: CouncilSize;
  years?: number;
  at: string;
  log: (message: string) => void;
  onProgress?: OnImportProgress;
}

/** Replaces the demo council's data with freshly generated years (six unless told) to `asAt`. */
export async function loadDemo(db: Database, options: DemoLoadOptions): Promise<ImportResult> {
  const which = options.size === 'large' ? 'the large demo council' : 'the demo council';
  const years = options.years === undefined ? '' : ` (${options.years} financial years)`;
  options.log(`generating ${which}${years} to ${isoDay(options.asAt)}`);
  const demo = generateDemo({
    asAt: options.asAt,
    ...(options.seed === undefined ? {} : { seed: options.seed }),
    ...(options.size === undefined ? {} : { size: options.size }),
    ...(options.years === undefined ? {} : { years: options.years }),
  });
  const encoder = new TextEncoder();
  return replaceCouncil(
    db,
    {
      la: demo.la,
      files: demo.files.map((f) => ({ name: f.name, bytes: encoder.encode(f.text) })),
      asAt: demo.asAt,
      from: demo.from,
      createdBy: 'demo',
      at: options.at,
      population: demo.population,
      targets: demo.targets,
    },
    options.onProgress,
  );
}
