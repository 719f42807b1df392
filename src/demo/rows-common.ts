/** What every list's rows share: the five child columns, dates as of the extract, teams. */
import type { Day } from '../domain/index.ts';
import { NO, YES } from './codes.ts';
import { csvField } from './csv.ts';
import { ageAt, ukDate } from './dates.ts';
import type { Sim, SimChild } from './model.ts';
import type { Rng } from './random.ts';

/** The extract: the days it covers, and a generator for the detail only the files show. */
export interface Extract {
  from: Day;
  asAt: Day;
  rng: Rng;
}

/**
 * One Annex A list: the records it holds, in order, and the CSV line each becomes (cells joined
 * by commas; text that may hold a comma goes through `csvField`).
 */
export interface ListSpec<T> {
  select: (sim: Sim, x: Extract) => T[];
  line: (record: T, x: Extract) => string;
}

/**
 * A CSV line: Child Unique ID, Gender, Ethnicity, Date of Birth and Age of Child (Years) on `at`
 * (none can hold a comma), then `rest`, whose text cells have been through `csvField`.
 */
export function childLine(child: SimChild, at: Day, rest: readonly string[]): string {
  const cells = new Array<string>(5 + rest.length);
  cells[0] = child.id;
  cells[1] = child.gender;
  cells[2] = child.family.ethnicity;
  cells[3] = ukDate(child.birth);
  cells[4] = String(ageAt(child.birth, at));
  for (let i = 0; i < rest.length; i++) cells[5 + i] = rest[i]!;
  return cells.join(',');
}

/** `dd/mm/yyyy`, or blank when there is no such day yet on the extract date. */
export function dateAsAt(day: Day | null, asAt: Day): string {
  return day === null || day > asAt ? '' : ukDate(day);
}

export function yesNo(value: boolean): string {
  return value ? YES : NO;
}

/** The day a record is described as of: its end, or the extract date while it is open. */
export function asOf(end: Day, asAt: Day): Day {
  return Math.min(end, asAt);
}

/** A day some 0 to `days` days before `ref`, not before `start`. */
export function recentDay(rng: Rng, ref: Day, days: number, start: Day): Day {
  return Math.max(start, ref - rng.int(0, days));
}

/** The worker of `child` in `team`: each team has 13 workers, `SW` and a number. */
export function workerOf(team: string, child: SimChild): string {
  return teamOf(team).workers[child.serial % 13]!;
}

/** The cells Allocated Team and Allocated Worker, joined. */
export function teamCells(team: string, child: SimChild): string {
  return teamOf(team).cells[child.serial % 13]!;
}

const TEAMS = new Map<string, { workers: string[]; cells: string[] }>();

function teamOf(team: string): { workers: string[]; cells: string[] } {
  let known = TEAMS.get(team);
  if (known === undefined) {
    let hash = 0;
    for (let i = 0; i < team.length; i++) hash = (hash * 31 + team.charCodeAt(i)) % 997;
    const workers = Array.from({ length: 13 }, (_, i) => `SW${100 + ((hash * 7 + i) % 900)}`);
    known = { workers, cells: workers.map((w) => [csvField(team), w].join(',')) };
    TEAMS.set(team, known);
  }
  return known;
}

/**
 * Records in extract order: by key date, and on the same date in the order they happened
 * (a counting sort: the dates are whole days, and this is faster than comparing).
 */
export function inOrder<T>(items: readonly T[], key: (item: T) => Day): T[] {
  if (items.length === 0) return [];
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  for (const item of items) {
    const k = key(item);
    if (k < first) first = k;
    if (k > last) last = k;
  }
  const next = new Int32Array(last - first + 2);
  for (const item of items) next[key(item) - first + 1]!++;
  for (let i = 1; i < next.length; i++) next[i]! += next[i - 1]!;
  const out = new Array<T>(items.length);
  for (const item of items) out[next[key(item) - first]!++] = item;
  return out;
}
