/**
 * Imports running in the background of the server, by id, in memory: each holds its latest
 * progress and then its outcome. A restart forgets them (the imports themselves are atomic, so
 * one cut short by a restart left the database unchanged).
 */
import { randomUUID } from 'node:crypto';
import type { Day, ImportProgress, OnImportProgress } from '../domain/index.ts';
import type { ImportResult, LaRow } from '../store/index.ts';

/** What was asked for: shown on the job's page. */
export interface ImportJobRequest {
  la: LaRow;
  files: readonly string[];
  asAt: Day;
}

export type ImportJobState =
  | { status: 'running'; progress: ImportProgress | null }
  | { status: 'finished'; result: ImportResult }
  /** Threw (a database fault, say): the transaction rolled back, nothing changed. */
  | { status: 'failed' };

export interface ImportJob {
  id: string;
  request: ImportJobRequest;
  state: ImportJobState;
  /** Settles (never rejects) when the import has finished or failed. */
  settled: Promise<void>;
}

/** Finished jobs kept for their pages; the oldest go first. */
const KEEP = 50;
const ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export class ImportJobs {
  private readonly jobs = new Map<string, ImportJob>();

  constructor(private readonly keep = KEEP) {}

  /** Starts `run` in the background, giving it the listener that keeps the job's progress. */
  start(
    request: ImportJobRequest,
    run: (onProgress: OnImportProgress) => Promise<ImportResult>,
  ): ImportJob {
    const running = { status: 'running' as const, progress: null as ImportProgress | null };
    const job: ImportJob = {
      id: randomUUID(),
      request,
      state: running,
      settled: Promise.resolve(),
    };
    const listen: OnImportProgress = (progress) => {
      running.progress = progress;
    };
    job.settled = Promise.resolve()
      .then(() => run(listen))
      .then(
        (result) => {
          job.state = { status: 'finished', result };
        },
        (error: unknown) => {
          console.error(`import ${job.id} failed:`, error);
          job.state = { status: 'failed' };
        },
      );
    this.jobs.set(job.id, job);
    this.forgetOld();
    return job;
  }

  /** The job with this id; undefined for an unknown or malformed id. */
  get(id: string): ImportJob | undefined {
    return ID.test(id) ? this.jobs.get(id) : undefined;
  }

  private forgetOld(): void {
    const done = [...this.jobs.values()].filter((j) => j.state.status !== 'running');
    for (const job of done.slice(0, Math.max(0, done.length - this.keep))) {
      this.jobs.delete(job.id);
    }
  }
}
