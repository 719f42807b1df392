/**
 * An import's progress on the terminal: on a TTY one line redrawn at most ten times a second
 * (phase, percent, a bar, speed, time left, file) and cleared at the end; otherwise a plain line
 * at each phase's start and every 10%, for logs.
 */
import { type ImportProgress, progressFraction } from '../domain/index.ts';

/** Where the progress goes: stderr, or anything shaped like it. */
export interface ProgressStream {
  isTTY?: boolean;
  columns?: number;
  write(text: string): unknown;
}

/** How fast the phase is going: units a second and seconds left (null until known). */
export interface Pace {
  perSecond: number | null;
  secondsLeft: number | null;
}

const BAR_WIDTH = 20;
const REDRAW_MS = 100;
/** A speed over less time than this is noise. */
const SETTLE_MS = 500;
const CLEAR_LINE = '\r\x1b[K';

/** `19.6 MB`, `820 KB`, `512 bytes` (decimal units, as file managers show sizes). */
export function formatBytes(bytes: number): string {
  if (bytes >= 1e9) return `${(bytes / 1e9).toFixed(1)} GB`;
  if (bytes >= 1e6) return `${(bytes / 1e6).toFixed(1)} MB`;
  if (bytes >= 1e3) return `${Math.round(bytes / 1e3)} KB`;
  return `${bytes} bytes`;
}

/** `0:04`, `12:30`, `1:02:03`. */
export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const [h, m, r] = [Math.floor(s / 3600), Math.floor((s % 3600) / 60), s % 60];
  const two = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${two(m)}:${two(r)}` : `${m}:${two(r)}`;
}

/** How much there is: `19.6 MB`, `150,000 records`, `3 steps`. */
function amount(unit: ImportProgress['unit'], n: number): string {
  return unit === 'bytes' ? formatBytes(n) : `${n.toLocaleString('en-GB')} ${unit}`;
}

/** `12.3 MB/s`, `45,000 records/s`; nothing for steps or before the speed is known. */
function speed(p: ImportProgress, pace: Pace): string | null {
  if (pace.perSecond === null || p.unit === 'steps') return null;
  if (p.unit === 'bytes') return `${formatBytes(pace.perSecond)}/s`;
  return `${Math.round(pace.perSecond).toLocaleString('en-GB')} ${p.unit}/s`;
}

/** `52%`, or `step 2 of 3` while computing (`done` at the end). */
function howFar(p: ImportProgress): string {
  if (p.unit === 'steps') return p.done >= p.total ? 'done' : `step ${p.done + 1} of ${p.total}`;
  return `${Math.floor(progressFraction(p) * 100)}%`;
}

/** `[#########...........]`. */
export function bar(fraction: number, width = BAR_WIDTH): string {
  const full = Math.round(Math.min(1, Math.max(0, fraction)) * width);
  return `[${'#'.repeat(full)}${'.'.repeat(width - full)}]`;
}

/**
 * The redrawn line, cut to fit `width` columns:
 * `reading    [##########..........]  52%  12.3 MB/s  0:04 left  List 1.csv`.
 */
export function progressLine(p: ImportProgress, pace: Pace, width = 80): string {
  const parts = [p.phase.padEnd(9), bar(progressFraction(p)), howFar(p).padStart(4)];
  const fast = speed(p, pace);
  if (fast !== null) parts.push(fast);
  if (pace.secondsLeft !== null && p.unit !== 'steps') {
    parts.push(`${formatDuration(pace.secondsLeft)} left`);
  }
  if (p.item !== undefined) parts.push(p.item);
  const line = parts.join('  ');
  const room = Math.max(10, width - 1);
  return line.length <= room ? line : `${line.slice(0, room - 1)}…`;
}

/** The plain line: `reading: 40% of 19.6 MB, 12.3 MB/s, List 1.csv`. */
export function progressNote(p: ImportProgress, pace: Pace): string {
  const of = p.unit === 'steps' ? howFar(p) : `${howFar(p)} of ${amount(p.unit, p.total)}`;
  const fast = speed(p, pace);
  const parts = [of, ...(fast === null ? [] : [fast]), ...(p.item === undefined ? [] : [p.item])];
  return `${p.phase}: ${parts.join(', ')}`;
}

/** Follows one phase at a time and works out its pace. */
class PhaseClock {
  phase: ImportProgress['phase'] | null = null;
  private startedAt = 0;
  private startedDone = 0;

  /** True when `p` starts a new phase. */
  enter(p: ImportProgress, now: number): boolean {
    if (p.phase === this.phase) return false;
    this.phase = p.phase;
    this.startedAt = now;
    this.startedDone = p.done;
    return true;
  }

  pace(p: ImportProgress, now: number): Pace {
    const ms = now - this.startedAt;
    const moved = p.done - this.startedDone;
    if (ms < SETTLE_MS || moved <= 0) return { perSecond: null, secondsLeft: null };
    const perSecond = (moved * 1000) / ms;
    return { perSecond, secondsLeft: (p.total - p.done) / perSecond };
  }
}

/**
 * Shows an import's progress on `stream`; give `update` as the import's `onProgress` and call
 * `done()` before printing the outcome.
 * @example const bar = new ProgressBar(process.stderr); await importFiles(db, { ..., onProgress: bar.update }); bar.done();
 */
export class ProgressBar {
  private clock = new PhaseClock();
  private drawnAt = Number.NEGATIVE_INFINITY;
  private drawn = false;
  private tenth = -1;

  constructor(
    private readonly stream: ProgressStream,
    private readonly now: () => number = () => performance.now(),
  ) {}

  readonly update = (p: ImportProgress): void => {
    const now = this.now();
    const entered = this.clock.enter(p, now);
    if (this.stream.isTTY) this.redraw(p, now, entered);
    else this.note(p, now, entered);
  };

  /** Clears the line on a TTY, so the outcome prints on a clean line; ready for another import. */
  done(): void {
    if (this.drawn) this.stream.write(CLEAR_LINE);
    this.drawn = false;
    this.drawnAt = Number.NEGATIVE_INFINITY;
    this.tenth = -1;
    this.clock = new PhaseClock();
  }

  private redraw(p: ImportProgress, now: number, entered: boolean): void {
    if (!entered && now - this.drawnAt < REDRAW_MS) return;
    this.drawnAt = now;
    this.drawn = true;
    // A pseudo-terminal may say it has 0 columns: take that as unknown.
    const line = progressLine(p, this.clock.pace(p, now), this.stream.columns || 80);
    this.stream.write(`${CLEAR_LINE}${line}`);
  }

  private note(p: ImportProgress, now: number, entered: boolean): void {
    const tenth = Math.floor(progressFraction(p) * 10);
    if (!entered && tenth <= this.tenth) return;
    this.tenth = tenth;
    this.stream.write(`${progressNote(p, this.clock.pace(p, now))}\n`);
  }
}
