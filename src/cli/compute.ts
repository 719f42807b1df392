/** `outturn compute`: indicators straight from files, without touching the database. */

import {
  CATALOGUE,
  type Coverage,
  type Day,
  type IndicatorDefinition,
  type Issue,
  isoDay,
  type Point,
  type WindowKind,
} from '../domain/index.ts';
import { computeSeries, earliestEventDate } from '../engine/index.ts';
import { readCaseFiles } from '../ingest/index.ts';
import { definitionsFrom } from './definitions.ts';
import { readSourceFiles } from './files.ts';
import { shippedPopulation } from './population.ts';
import { computeTable } from './table.ts';
import { UsageError } from './usage-error.ts';

export interface ComputeOptions {
  asAt: Day;
  from?: Day;
  la: string | null;
  window?: WindowKind;
  /** Local indicators to compute with the catalogue's (`--definitions`). */
  definitions?: readonly IndicatorDefinition[];
  /** Whether to read Annex A lists on two threads (`--threads`); by default, by their size. */
  parallel?: boolean;
  /** Told as each step ends (`--timings`). */
  onStep?: (step: ComputeStep) => void;
}

/** The steps of `outturn compute` that `--timings` times. */
export type ComputeStep = 'files' | 'read' | 'engine' | 'print';

/** The JSON document indicators.md describes under "Output". */
export interface ComputeOutput {
  asAt: string;
  la: string | null;
  indicators: {
    id: string;
    title: string;
    unit: string;
    polarity: string;
    points: Point[];
  }[];
  issues: Issue[];
}

export async function computeFromFiles(
  args: readonly string[],
  options: ComputeOptions,
): Promise<ComputeOutput> {
  const files = await readSourceFiles(args);
  options.onStep?.('files');
  // nothing here shows a record: the lists are kept as columns, records made only if read
  const read = await readCaseFiles(files, {
    asColumns: true,
    ...(options.parallel === undefined ? {} : { parallel: options.parallel }),
  });
  options.onStep?.('read');
  const from = options.from ?? earliestEventDate(read.records, read);
  if (from === null) throw new UsageError('the files hold no dated records to compute from');
  const coverage: Coverage = { from, asAt: options.asAt };
  const kinds = options.window ? [options.window] : undefined;
  // rates per 10,000 need the council's population: none without --la, or for an unknown code
  const population = options.la === null ? undefined : await shippedPopulation(options.la);
  const local = options.definitions ?? [];
  const series = computeSeries(read.records, {
    coverage,
    indicators: [...CATALOGUE.filter((def) => def.source === 'child-level'), ...local],
    ...(kinds ? { kinds } : {}),
    ...(population ? { population } : {}),
    ...(read.childKeys ? { childKeys: read.childKeys } : {}),
    ...(read.children ? { children: read.children } : {}),
    ...(read.lists ? { lists: read.lists } : {}),
    ...(read.contactColumns ? { contactColumns: read.contactColumns } : {}),
  });
  options.onStep?.('engine');
  const byId = new Map(series.map((s) => [s.indicatorId, s.points]));
  return {
    asAt: isoDay(options.asAt),
    la: options.la,
    indicators: [...CATALOGUE, ...local]
      .filter((def) => byId.has(def.id))
      .map((def) => ({
        id: def.id,
        title: def.title,
        unit: def.unit,
        polarity: def.polarity,
        points: byId.get(def.id) ?? [],
      })),
    issues: read.issues,
  };
}

/** `outturn compute`: prints the indicators computed from the files as JSON or a table. */
export async function runCompute(
  paths: string[],
  o: {
    asAt: Day;
    from?: Day;
    la?: string;
    format: 'json' | 'table';
    window?: WindowKind;
    definitions?: string;
    threads?: '1' | '2';
    timings?: boolean;
  },
): Promise<number> {
  const clock = o.timings ? stepClock() : null;
  const definitions = o.definitions === undefined ? [] : await definitionsFrom(o.definitions);
  if (typeof definitions === 'number') return definitions;
  const output = await computeFromFiles(paths, {
    asAt: o.asAt,
    la: o.la ?? null,
    definitions,
    ...(o.from === undefined ? {} : { from: o.from }),
    ...(o.window === undefined ? {} : { window: o.window }),
    ...(o.threads === undefined ? {} : { parallel: o.threads === '2' }),
    ...(clock ? { onStep: clock.onStep } : {}),
  });
  process.stdout.write(
    o.format === 'json' ? `${JSON.stringify(output, null, 2)}\n` : `${computeTable(output)}\n`,
  );
  if (clock) {
    clock.onStep('print');
    process.stderr.write(`${clock.line()}\n`);
  }
  return output.issues.some((i) => i.severity === 'error') ? 1 : 0;
}

/**
 * `--timings`: how long each step took, after the start (node and the modules loaded, up to the
 * command's first line: `performance.now()` counts from the process's start).
 */
function stepClock(): { onStep: (step: ComputeStep) => void; line: () => string } {
  const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  let last = performance.now();
  const parts = [`start ${seconds(last)}`];
  return {
    onStep: (step) => {
      const now = performance.now();
      parts.push(`${step} ${seconds(now - last)}`);
      last = now;
    },
    line: () => `timings: ${parts.join(', ')}; total ${seconds(last)}`,
  };
}
