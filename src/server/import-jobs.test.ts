import { describe, expect, it, vi } from 'vitest';
import type { ImportResult } from '../store/index.ts';
import { ImportJobs } from './import-jobs.ts';

const request = { la: { code: '999', name: 'Northmere' }, files: ['List 1.csv'], asAt: 0 };
const repeat: ImportResult = { ok: true, repeatOf: 1 };

describe('ImportJobs', () => {
  it('keeps the latest progress while running, then the outcome', async () => {
    const jobs = new ImportJobs();
    const job = jobs.start(request, async (onProgress) => {
      onProgress({ phase: 'merging', done: 5, total: 10, unit: 'records' });
      await new Promise((resolve) => setTimeout(resolve, 0));
      expect(job.state).toEqual({
        status: 'running',
        progress: { phase: 'merging', done: 5, total: 10, unit: 'records' },
      });
      return repeat;
    });
    expect(jobs.get(job.id)).toBe(job);
    await job.settled;
    expect(job.state).toEqual({ status: 'finished', result: repeat });
  });

  it('marks an import that threw as failed, and says why in the log', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    const job = new ImportJobs().start(request, async () => {
      throw new Error('disk full');
    });
    await job.settled;
    expect(job.state).toEqual({ status: 'failed' });
    expect(log).toHaveBeenCalledOnce();
    log.mockRestore();
  });

  it('forgets the oldest finished jobs beyond those it keeps, never a running one', async () => {
    const jobs = new ImportJobs(2);
    const running = jobs.start(request, () => new Promise<ImportResult>(() => {}));
    const done = [];
    for (let i = 0; i < 4; i++) {
      const job = jobs.start(request, async () => repeat);
      await job.settled;
      done.push(job);
    }
    jobs.start(request, async () => repeat); // forgets when a job starts
    expect(jobs.get(running.id)).toBe(running);
    expect(done.map((job) => jobs.get(job.id) !== undefined)).toEqual([false, false, true, true]);
  });
});
