/**
 * How far a read is through its files, in bytes, told to a listener in steps of about half a
 * percent: readers call a file's tick as they consume it, and a tick that is not due costs one
 * comparison.
 */
import type { ImportProgress, OnImportProgress } from '../domain/index.ts';
import type { SourceFile } from './read-result.ts';

/** What `readCaseFiles` and the case-file readers take besides the files. */
export interface ReadOptions {
  onProgress?: OnImportProgress;
  /**
   * Whether Annex A CSV lists may be read on two threads at once (annex-a/lanes.ts): true
   * whenever they can be, false never; by default, when there is enough to read.
   */
  parallel?: boolean;
  /**
   * Whether to keep Annex A lists as columns, for a computation that shows no record
   * (`outturn compute`): contacts as `ReadResult.contactColumns` (`records.contacts` then
   * empty), the other lists packed as read (`ReadResult.lists`, `records[list]` made from them
   * when first read). Files of several formats are read into records whatever this says.
   */
  asColumns?: boolean;
}

/** Where reading of one file has got, in the units the file was opened with. */
export type ReadTick = (done: number) => void;

const STEPS = 200;
const MIN_STEP_BYTES = 64 * 1024;

export class ReadProgress {
  readonly total: number;
  private readonly step: number;
  /** Bytes of the files before the one in hand. */
  private before = 0;
  private current: SourceFile | null = null;
  private due = 0;
  /** Bytes read so far on another thread, of files not given to `file`, as it writes them. */
  private shared: Int32Array | null = null;
  /** Bytes read here, as of the latest tick. */
  private here = 0;

  constructor(
    files: readonly SourceFile[],
    private readonly listener: OnImportProgress,
  ) {
    this.total = files.reduce((sum, f) => sum + f.bytes.length, 0);
    this.step = Math.max(MIN_STEP_BYTES, Math.ceil(this.total / STEPS));
  }

  /**
   * Starts reading `file` (the file before it counts as read) and gives the tick to call with
   * how far into it reading has got, in `units` of which the file has `size` (its bytes unless
   * given: a decoded text's characters, say).
   */
  file(file: SourceFile, size = file.bytes.length): ReadTick {
    if (this.current !== null) this.before += this.current.bytes.length;
    this.current = file;
    this.here = this.before;
    this.tell(file.name, this.before);
    const base = this.before;
    const scale = size > 0 ? file.bytes.length / size : 0;
    return (done) => {
      const at = base + done * scale;
      this.here = at;
      if (at + this.elsewhere() >= this.due)
        this.tell(file.name, Math.min(at, base + file.bytes.length));
    };
  }

  /**
   * A counter for another thread to write the bytes it has read into (Atomics.store), so that
   * ticks here count them while this thread is busy; `readElsewhere` tells of them when it is not.
   */
  elsewhereCounter(): Int32Array {
    this.shared ??= new Int32Array(new SharedArrayBuffer(4));
    return this.shared;
  }

  /** The other thread is reading `item`: tells the listener if a step is due. */
  readElsewhere(item: string | undefined): void {
    if (this.here + this.elsewhere() >= this.due) this.tell(item, this.here);
  }

  private elsewhere(): number {
    return this.shared === null ? 0 : Atomics.load(this.shared, 0);
  }

  /** Every file read. */
  finish(): void {
    this.shared = null;
    this.tell(this.current?.name, this.total);
  }

  /** Tells the listener of `done` bytes read here, and what other threads have read. */
  private tell(item: string | undefined, done: number): void {
    const bytes = Math.min(this.total, Math.round(done + this.elsewhere()));
    this.due = bytes + this.step;
    const progress: ImportProgress = {
      phase: 'reading',
      done: bytes,
      total: this.total,
      unit: 'bytes',
    };
    if (item !== undefined) progress.item = item;
    this.listener(progress);
  }
}

/** The progress of reading `files`, or undefined when nobody is listening. */
export function readProgress(
  files: readonly SourceFile[],
  options: ReadOptions,
): ReadProgress | undefined {
  return options.onProgress ? new ReadProgress(files, options.onProgress) : undefined;
}
