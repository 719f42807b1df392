/** A worker thread's side of reading Annex A lists in two lanes (lanes.ts). */
import { parentPort, workerData } from 'node:worker_threads';
import { ReadProgress } from '../read-progress.ts';
import { newReadSession } from '../read-session.ts';
import { type LaneFile, packLane, readLane, type WorkerMessage } from './lanes.ts';

const { files, counter, asColumns } = workerData as {
  files: LaneFile[];
  counter?: Int32Array;
  asColumns: boolean;
};
const post = (message: WorkerMessage, transfer: ArrayBuffer[] = []) =>
  parentPort?.postMessage(message, transfer);

try {
  // the bytes read go in the shared counter, for the other thread to count whenever it ticks
  const tell = counter
    ? new ReadProgress(
        files.map((f) => f.file),
        ({ done, item }) => {
          Atomics.store(counter, 0, done);
          post({ kind: 'progress', item });
        },
      )
    : undefined;
  const lane = await readLane(files, newReadSession({ asColumns }), tell);
  const { packed, transfer } = packLane(lane);
  post({ kind: 'done', lane: packed }, transfer);
} catch (error) {
  const names = files.map((f) => f.file.name).join(', ');
  post({
    kind: 'error',
    files: names,
    error: error instanceof Error ? (error.stack ?? error.message) : String(error),
  });
}
