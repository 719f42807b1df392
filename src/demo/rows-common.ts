/** What every list's rows share: the five child columns, dates as of the extract, teams. */
import type { Day } from '../domain/index.ts';
import { NO, YES } from './codes.ts';
import { ageAt, ukDate } from './dates.ts';
import type { Sim, SimChild } from './model.ts';
import type { Rng } from './random.ts';

/** The extract: the days it covers, and a generator for the detail only the files show. */
export interface Extract {
  from: Day;
  asAt: Day;
  rng: Rng;
}

/** One Annex A list: the records it holds, in order, and the row each record becomes. */
export interface ListSpec<T> {
  select: (sim: Sim, x: Extract) => T[];
  row: (record: T, x: Extract) => string[];
}

/** Child Unique ID, Gender, Ethnicity, Date of Birth and Age of Child (Years) on `at`. */
export function childColumns(child: SimChild, at: Day): string[] {
  return [
    child.id,
    child.gender,
    child.family.ethnicity,
    ukDate(child.birth),
    String(ageAt(child.birth, at)),
  ];
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

/** Allocated Team and Allocated Worker: each team has its own workers, a child keeps theirs. */
export function teamColumns(team: string, child: SimChild): [string, string] {
  return [team, workersOf(team)[child.serial % 13]!];
}

const WORKERS = new Map<string, string[]>();

/** A team's 13 workers, `SW` and a number from the team's name. */
function workersOf(team: string): string[] {
  let workers = WORKERS.get(team);
  if (workers === undefined) {
    let hash = 0;
    for (let i = 0; i < team.length; i++) hash = (hash * 31 + team.charCodeAt(i)) % 997;
    workers = Array.from({ length: 13 }, (_, i) => `SW${100 + ((hash * 7 + i) % 900)}`);
    WORKERS.set(team, workers);
  }
  return workers;
}

/** Records in extract order: by key date, then child. */
export function inOrder<T extends { child: SimChild }>(items: T[], key: (item: T) => Day): T[] {
  return items.sort((a, b) => key(a) - key(b) || a.child.serial - b.child.serial);
}
