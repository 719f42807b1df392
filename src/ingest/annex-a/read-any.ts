/** Annex A as a council sends it: any mix of workbooks and CSV lists, read as one extract. */
import { setFlagsFromString } from 'node:v8';
import type { ReadOptions, ReadProgress } from '../read-progress.ts';
import type { ReadResult, SourceFile } from '../read-result.ts';
import { newReadSession } from '../read-session.ts';
import { isWorkbook } from '../xlsx/index.ts';
import {
  type FileReader,
  joinLanes,
  type LaneFile,
  planLanes,
  readInWorker,
  readLane,
} from './lanes.ts';
import { readCsvFile } from './read-csv.ts';
import { readWorkbookFile } from './read-xlsx.ts';

/**
 * Reads Annex A workbooks and CSV lists into one record set. A file is a workbook when its bytes
 * are a ZIP or OLE file or its name ends `.xlsx` (or `.xls`, `.xlsm`); otherwise a CSV list.
 * Files are read in the order given, so a record in a later file wins, whatever its format.
 */
export async function readAnnexA(
  files: readonly SourceFile[],
  progress?: ReadProgress,
  options: ReadOptions = {},
): Promise<ReadResult> {
  const lanes = planLanes(files, options.parallel);
  if (lanes !== null) return readInLanes(lanes, files.length, progress, options);
  const all = files.map((file, number) => ({ number, file }));
  const read = await readLane(all, newReadSession(options), progress, readAnyFile);
  const { records, children, packed, issues, childKeys, contactColumns } = read;
  const summaries = read.files.map((f) => f.summary);
  return {
    records,
    children,
    ...(packed && { lists: packed }),
    issues,
    files: summaries,
    childKeys,
    ...(contactColumns && { contactColumns }),
  };
}

/** A workbook or a CSV list, by its bytes or name (`isWorkbook`). */
const readAnyFile: FileReader = (file, session, progress) =>
  isWorkbook(file)
    ? readWorkbookFile(file, session, progress)
    : readCsvFile(file, session, progress);

/** Reads the lanes' files, the second in a worker thread, into one result (lanes.ts). */
async function readInLanes(
  [here, there]: [LaneFile[], LaneFile[]],
  count: number,
  progress: ReadProgress | undefined,
  options: ReadOptions,
): Promise<ReadResult> {
  const stop = new AbortController();
  const asColumns = options.asColumns === true;
  const elsewhere = readInWorker(there, { progress, signal: stop.signal, asColumns });
  elsewhere.catch(() => {}); // awaited below; an early failure must not go unhandled meanwhile
  try {
    const session = newReadSession(options);
    const ours = await withGcForTwoThreads(() => readLane(here, session, progress));
    return joinLanes(ours, await elsewhere, count);
  } finally {
    stop.abort(); // a read that failed here stops the thread; one that ended has stopped
  }
}

/**
 * Runs `read` with one of V8's collector settings changed, and restored after; V8 reads it at
 * each collection. While both threads read, the parallel scavenger's helper tasks wait for a
 * core that is busy reading, and this thread waits for them.
 *
 * Allocation-site pretenuring was turned off here too while papaparse read the rows: on about
 * half the runs V8 then allocated some of each row's short-lived objects straight into the old
 * generation, and this thread's scavenges came to 2.5-3.5 s instead of 0.6-1.5 s. The rows are
 * ranges of the text now (csv-rows.ts), and what V8 pretenures is what lives on, the children
 * first seen: this thread's scavenges take 0.25-0.34 s with it (six runs of `outturn compute` on
 * the large demo council) against 0.50-0.59 s without.
 */
async function withGcForTwoThreads<T>(read: () => Promise<T>): Promise<T> {
  setFlagsFromString('--no-parallel-scavenge');
  try {
    return await read();
  } finally {
    setFlagsFromString('--parallel-scavenge');
  }
}

export { isWorkbook };
