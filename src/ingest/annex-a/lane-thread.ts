/** A worker thread's side of reading Annex A lists in two lanes (lanes.ts). */
import { parentPort, workerData } from 'node:worker_threads';
import { ReadProgress } from '../read-progress.ts';
import { newReadSession } from '../read-session.ts';
import { type LaneFile, packLane, readLane, type WorkerMessage } from './lanes.ts';

const { files, progress } = workerData as { files: LaneFile[]; progress: boolean };
const post = (message: WorkerMessage, transfer: ArrayBuffer[] = []) =>
  parentPort?.postMessage(message, transfer);

try {
  const tell = progress
    ? new ReadProgress(
        files.map((f) => f.file),
        ({ done, item }) => post({ kind: 'progress', done, item }),
      )
    : undefined;
  const lane = await readLane(files, newReadSession(), tell);
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
