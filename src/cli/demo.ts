/** Loading the demo council: generated in code, imported through the real pipeline. */

import { generateDemo } from '../demo/index.ts';
import { type Day, isoDay } from '../domain/index.ts';
import { type Database, type ImportResult, replaceCouncil } from '../store/index.ts';

/** Replaces the demo council's data with a freshly generated six years to `asAt`. */
export async function loadDemo(
  db: Database,
  options: { asAt: Day; seed?: number; at: string; log: (message: string) => void },
): Promise<ImportResult> {
  options.log(`generating the demo council (six financial years to ${isoDay(options.asAt)})`);
  const demo = generateDemo({
    asAt: options.asAt,
    ...(options.seed === undefined ? {} : { seed: options.seed }),
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
    options.log,
  );
}
