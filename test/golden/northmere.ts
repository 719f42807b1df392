/**
 * The golden council: Northmere (999) from the demo generator, three financial years to a
 * mid-month extract date, written as Annex A CSVs; its series computed by `outturn compute`
 * (the real command) and through the store (importFiles, then loadSeries).
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { readSourceFiles } from '../../src/cli/files.ts';
import { generateDemo } from '../../src/demo/index.ts';
import {
  CATALOGUE,
  type Day,
  dayOf,
  type Issue,
  isoDay,
  type Point,
} from '../../src/domain/index.ts';
import { importFiles, loadSeries } from '../../src/store/index.ts';
import { openTestStore } from '../../src/store/testing.ts';
import { runOutturn } from '../e2e/process.ts';
import { canonicalSeries, type GoldenDoc } from './golden-file.ts';

const SEED = 5;
const YEARS = 3;
const AS_AT = dayOf(2025, 11, 20);
const LA = { code: '999', name: 'Northmere' };

export const EXPECTED_FILE = path.join(import.meta.dirname, 'northmere', 'expected.json');

/** Every child-level id of the catalogue, in catalogue order. */
export const CHILD_LEVEL_IDS = CATALOGUE.filter((d) => d.source === 'child-level').map((d) => d.id);

/** The council's first day (1 April of its first financial year): `--from`. */
export interface Northmere {
  folder: string;
  from: Day;
}

/** Writes Northmere's Annex A CSV files into `folder`. */
export async function writeNorthmere(folder: string): Promise<Northmere> {
  const demo = generateDemo({ asAt: AS_AT, seed: SEED, years: YEARS });
  for (const f of demo.files) await writeFile(path.join(folder, f.name), f.text);
  return { folder, from: demo.from };
}

function inputOf(n: Northmere): GoldenDoc['input'] {
  return {
    generator: 'generateDemo',
    seed: SEED,
    years: YEARS,
    from: isoDay(n.from),
    asAt: isoDay(AS_AT),
    la: LA.code,
  };
}

interface ComputeJson {
  indicators: { id: string; points: Point[] }[];
  issues: Issue[];
}

/** `outturn compute <folder> --from <first day> --as-at <extract date> --la 999`. */
export async function throughCompute(n: Northmere): Promise<GoldenDoc> {
  const args = ['compute', n.folder, '--from', isoDay(n.from), '--as-at', isoDay(AS_AT)];
  const run = await runOutturn([...args, '--la', LA.code]);
  if (run.code !== 0) throw new Error(`outturn compute exited ${run.code}: ${run.stderr}`);
  const out = JSON.parse(run.stdout) as ComputeJson;
  const series = out.indicators.map(({ id, points }) => ({ id, points }));
  return {
    input: inputOf(n),
    issues: out.issues,
    indicators: canonicalSeries(series, CHILD_LEVEL_IDS),
  };
}

/** The same files imported into a fresh test store, and the series the dashboard loads. */
export async function throughStore(n: Northmere): Promise<GoldenDoc> {
  const store = await openTestStore();
  try {
    const result = await importFiles(store.db, {
      la: LA,
      files: await readSourceFiles([n.folder]),
      asAt: AS_AT,
      from: n.from,
      createdBy: 'golden test',
      at: '2025-11-21T09:00:00Z',
    });
    if (!result.ok) throw new Error(`import refused: ${JSON.stringify(result.issues.slice(0, 5))}`);
    if (!('uploadId' in result)) throw new Error('import was taken as a repeat of an earlier one');
    const series = (await loadSeries(store.db, LA.code)).map((s) => ({
      id: s.indicatorId,
      points: s.points,
    }));
    const indicators = canonicalSeries(series, CHILD_LEVEL_IDS);
    return { input: inputOf(n), issues: result.issues, indicators };
  } finally {
    await store.dispose();
  }
}
