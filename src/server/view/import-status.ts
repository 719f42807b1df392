/** How far a background import has got, in words and a percent, for its page and its JSON. */
import { IMPORT_PHASES, type ImportPhase, progressFraction } from '../../domain/index.ts';
import type { ImportJob } from '../import-jobs.ts';

/** What `/import/<id>/status` answers, and what the page shows while the import runs. */
export interface ImportStatus {
  status: 'running' | 'finished' | 'failed';
  /** Of the phase in hand, 0 to 100, whole. */
  percent: number;
  /** `Step 1 of 3, reading the files: 42% (List 1.csv)`. */
  text: string;
}

const PHASE_WORDS: Record<ImportPhase, string> = {
  reading: 'reading the files',
  merging: 'saving the records',
  computing: 'working out the figures',
};

export function importStatus(job: ImportJob): ImportStatus {
  const state = job.state;
  if (state.status === 'finished') return { status: 'finished', percent: 100, text: 'Finished' };
  if (state.status === 'failed') return { status: 'failed', percent: 100, text: 'Failed' };
  const p = state.progress;
  if (p === null) return { status: 'running', percent: 0, text: 'Waiting to start' };
  const percent = Math.floor(progressFraction(p) * 100);
  const step = `Step ${IMPORT_PHASES.indexOf(p.phase) + 1} of ${IMPORT_PHASES.length}`;
  const item = p.item === undefined ? '' : ` (${p.item})`;
  return {
    status: 'running',
    percent,
    text: `${step}, ${PHASE_WORDS[p.phase]}: ${percent}%${item}`,
  };
}
