/**
 * Episodes into periods of care, per child in DECOM order: a period runs on through each
 * episode ending X1 and ends with the first episode ending any other way (or stays open).
 */
import { type CarePeriod, type Issue, ukDay } from '../../domain/index.ts';
import { CONTINUES } from './codes.ts';
import type { CareEpisode, RowSource } from './result.ts';

/** RNE codes that start a placement: S, P, B, T and U (L changes the legal status only). */
const NEW_PLACEMENT: ReadonlySet<string | null> = new Set(['S', 'P', 'B', 'T', 'U']);

/** An episode with where it was read. */
interface Located {
  episode: CareEpisode;
  source: RowSource;
}

/** The periods of care the episodes make; warnings about their order go to `issues`. */
export function chainEpisodes(episodes: readonly Located[], issues: Issue[]): CarePeriod[] {
  const periods: CarePeriod[] = [];
  for (const own of byChild(episodes)) chainChild(own, periods, issues);
  return periods;
}

/** Each child's episodes, children in first-seen order, episodes by DECOM. */
function byChild(episodes: readonly Located[]): Located[][] {
  const children = new Map<string, Located[]>();
  for (const item of episodes) {
    const own = children.get(item.episode.childId);
    if (own) own.push(item);
    else children.set(item.episode.childId, [item]);
  }
  return [...children.values()].map((own) =>
    own.sort((a, b) => a.episode.startDate - b.episode.startDate),
  );
}

function chainChild(own: readonly Located[], periods: CarePeriod[], issues: Issue[]): void {
  let period: CarePeriod | null = null;
  let previous: Located | null = null;
  for (const item of own) {
    const warn = (message: string) => issues.push(warning(item, message));
    if (previous) checkOrder(previous, item, warn);
    if (period === null || previous?.episode.reasonEnded !== CONTINUES) {
      if (item.episode.reasonNew !== 'S' && item.episode.reasonNew !== null) warn(NOT_A_START);
      period = startPeriod(item.episode);
      periods.push(period);
    }
    extend(period, item.episode);
    previous = item;
  }
  if (previous?.episode.reasonEnded === CONTINUES) issues.push(warning(previous, LAST_X1, 'REC'));
}

const NOT_A_START =
  'This episode continues a period of care not in the file: its RNE is not S and no episode ending X1 comes before it. It is read as the start of a period.';
const LAST_X1 =
  'This episode ends X1 (another episode began the same day), but no later episode follows: the period of care is read as still open.';

/** Warns of an episode starting before the one before it ended, or not the day an X1 one ended. */
function checkOrder(before: Located, item: Located, warn: (message: string) => void): void {
  const { endDate: end, reasonEnded } = before.episode;
  const start = item.episode.startDate;
  const at = rowOf(before.source, item.source);
  if (end === null) {
    warn(
      `This episode starts while the episode at ${at} is still open: a child's episodes should not overlap.`,
    );
  } else if (start < end) {
    warn(
      `This episode starts before the episode at ${at} ended (${ukDay(end)}): a child's episodes should not overlap.`,
    );
  } else if (reasonEnded === CONTINUES && start !== end) {
    warn(
      `The episode at ${at} ended X1 on ${ukDay(end)}, so the next should start that day, not ${ukDay(start)}: the period of care is read as continuing.`,
    );
  }
}

function startPeriod(episode: CareEpisode): CarePeriod {
  return {
    childId: episode.childId,
    startDate: episode.startDate,
    endDate: null,
    legalStatus: episode.legalStatus,
    legalStatusStart: episode.startDate,
    placementsLast12m: null,
    placementStart: episode.startDate,
    placementType: null,
    reasonCeased: null,
  };
}

/** The period as its latest episode leaves it; the legal status held since it last changed. */
function extend(period: CarePeriod, episode: CareEpisode): void {
  if (episode.legalStatus !== period.legalStatus) period.legalStatusStart = episode.startDate;
  period.legalStatus = episode.legalStatus;
  period.placementType = episode.placement;
  if (NEW_PLACEMENT.has(episode.reasonNew)) period.placementStart = episode.startDate;
  const ends = episode.endDate !== null && episode.reasonEnded !== CONTINUES;
  period.endDate = ends ? episode.endDate : null;
  period.reasonCeased = ends ? episode.reasonEnded : null;
}

function warning({ source }: Located, message: string, column = 'DECOM'): Issue {
  return { severity: 'warning', file: source.file, row: source.row, column, message };
}

/** `row 4`, or `row 4 of "episodes 2023.csv"` when the row is in another file. */
function rowOf(source: RowSource, from: RowSource): string {
  return source.file === from.file ? `row ${source.row}` : `row ${source.row} of "${source.file}"`;
}
