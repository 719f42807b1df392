import { describe, expect, it } from 'vitest';
import type { ImportProgress } from '../domain/index.ts';
import {
  bar,
  formatBytes,
  formatDuration,
  ProgressBar,
  progressLine,
  progressNote,
} from './progress.ts';

const reading = (done: number, item = 'List 1.csv'): ImportProgress => ({
  phase: 'reading',
  item,
  done,
  total: 20_000_000,
  unit: 'bytes',
});
const merging = (done: number, item?: string): ImportProgress => ({
  phase: 'merging',
  ...(item ? { item } : {}),
  done,
  total: 150_000,
  unit: 'records',
});
const computing = (done: number, item?: string): ImportProgress => ({
  phase: 'computing',
  ...(item ? { item } : {}),
  done,
  total: 3,
  unit: 'steps',
});
const unknownPace = { perSecond: null, secondsLeft: null };

describe('formatting', () => {
  it('gives sizes in decimal units and durations as clocks do', () => {
    expect([512, 820_400, 19_630_000, 2_100_000_000].map(formatBytes)).toEqual([
      '512 bytes',
      '820 KB',
      '19.6 MB',
      '2.1 GB',
    ]);
    expect([0, 4.4, 750, 3723].map(formatDuration)).toEqual(['0:00', '0:04', '12:30', '1:02:03']);
  });

  it('draws a bar of twenty, rounding to the nearest character', () => {
    expect(bar(0)).toBe('[....................]');
    expect(bar(0.52)).toBe('[##########..........]');
    expect(bar(1.2)).toBe('[####################]');
  });
});

describe('progressLine(progress, pace, width)', () => {
  it('shows the phase, bar, percent, speed, time left and file', () => {
    const line = progressLine(reading(10_400_000), { perSecond: 12_300_000, secondsLeft: 3.9 });
    expect(line).toBe('reading    [##########..........]   52%  12.3 MB/s  0:04 left  List 1.csv');
  });

  it('leaves out the speed until it is known, and shows records a second when merging', () => {
    expect(progressLine(merging(0, 'contacts'), unknownPace)).toBe(
      'merging    [....................]    0%  contacts',
    );
    expect(progressLine(merging(75_000), { perSecond: 45_000.4, secondsLeft: 1.7 })).toBe(
      'merging    [##########..........]   50%  45,000 records/s  0:02 left',
    );
  });

  it('counts computing in steps, with no speed', () => {
    const pace = { perSecond: 1, secondsLeft: 1 };
    expect(progressLine(computing(1, 'computing indicators'), pace)).toBe(
      'computing  [#######.............]  step 2 of 3  computing indicators',
    );
  });

  it('cuts a long line to the terminal, less one column so it never wraps', () => {
    const line = progressLine(reading(0, 'x'.repeat(200)), unknownPace, 60);
    expect(line).toHaveLength(59);
    expect(line.endsWith('x…')).toBe(true);
  });
});

describe('progressNote(progress, pace)', () => {
  it('says how far of how much, the speed and the file, in one plain line', () => {
    expect(progressNote(reading(8_000_000), { perSecond: 7_800_000, secondsLeft: 1 })).toBe(
      'reading: 40% of 20.0 MB, 7.8 MB/s, List 1.csv',
    );
    expect(progressNote(computing(3), unknownPace)).toBe('computing: done');
  });
});

/** A stream that keeps what is written; `tty` says whether it is a terminal. */
function stream(tty: boolean) {
  const writes: string[] = [];
  return { writes, isTTY: tty, columns: 100, write: (text: string) => writes.push(text) };
}

/** A clock the test moves by hand, in milliseconds. */
function clock() {
  let t = 0;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

describe('ProgressBar on a terminal', () => {
  it('redraws one line at most ten times a second, at once on a new phase, and clears it', () => {
    const out = stream(true);
    const time = clock();
    const progress = new ProgressBar(out, time.now);
    progress.update(reading(0));
    time.advance(50);
    progress.update(reading(1_000_000)); // too soon: skipped
    time.advance(60);
    progress.update(reading(2_000_000));
    time.advance(10);
    progress.update(merging(0, 'children')); // a new phase: drawn at once
    progress.done();
    expect(out.writes).toHaveLength(4);
    expect(out.writes.slice(0, 3).every((w) => w.startsWith('\r\x1b[K'))).toBe(true);
    expect(out.writes[1]).toContain('  10%');
    expect(out.writes[2]).toContain('merging');
    expect(out.writes[3]).toBe('\r\x1b[K');
    expect(out.writes.join('')).not.toContain('\n');
  });

  it('takes a terminal of 0 columns as one of 80', () => {
    const out = { ...stream(true), columns: 0 };
    new ProgressBar(out, clock().now).update(reading(0, 'x'.repeat(200)));
    expect(out.writes[0]).toHaveLength('\r\x1b[K'.length + 79);
  });

  it('shows the speed and time left once half a second has passed in the phase', () => {
    const out = stream(true);
    const time = clock();
    const progress = new ProgressBar(out, time.now);
    progress.update(reading(0));
    time.advance(1000);
    progress.update(reading(5_000_000));
    expect(out.writes[1]).toContain('5.0 MB/s  0:03 left');
  });
});

describe('ProgressBar in a log (not a terminal)', () => {
  it('writes a line at each phase start and each further 10%, and clears nothing', () => {
    const out = stream(false);
    const progress = new ProgressBar(out, clock().now);
    for (let done = 0; done <= 20_000_000; done += 500_000) progress.update(reading(done));
    progress.update(merging(0, 'children'));
    progress.update(merging(150_000));
    for (const [done, item] of [[0, 'loading records'], [1, 'computing indicators'], [3]] as const)
      progress.update(computing(done, item));
    progress.done();
    const lines = out.writes.join('').split('\n').filter(Boolean);
    expect(lines.filter((l) => l.startsWith('reading: '))).toHaveLength(11);
    expect(lines[0]).toBe('reading: 0% of 20.0 MB, List 1.csv');
    expect(lines[10]).toBe('reading: 100% of 20.0 MB, List 1.csv');
    expect(lines.slice(11)).toEqual([
      'merging: 0% of 150,000 records, children',
      'merging: 100% of 150,000 records',
      'computing: step 1 of 3, loading records',
      'computing: step 2 of 3, computing indicators',
      'computing: done',
    ]);
  });
});
