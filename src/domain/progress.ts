/** How far an import has got, reported as it goes, for a progress bar or the upload page. */

/** Reading the files, merging their records into the store, computing the indicators. */
export type ImportPhase = 'reading' | 'merging' | 'computing';

export const IMPORT_PHASES: readonly ImportPhase[] = ['reading', 'merging', 'computing'];

export interface ImportProgress {
  phase: ImportPhase;
  /** What is in hand: the file being read, the list being merged, the computing step. */
  item?: string;
  /** How much of the phase is done, of `total`, in `unit`s (0 ≤ done ≤ total). */
  done: number;
  total: number;
  /** Bytes of the files read, records merged, or steps of computing. */
  unit: 'bytes' | 'records' | 'steps';
}

/** Told each step of an import's progress; must be quick (the import waits for it). */
export type OnImportProgress = (progress: ImportProgress) => void;

/** The share of the phase done, 0 to 1 (1 for a phase with nothing to do). */
export function progressFraction(progress: ImportProgress): number {
  if (progress.total <= 0) return 1;
  return Math.min(1, Math.max(0, progress.done / progress.total));
}
