/** Episodes table rows into care episodes, merged by child and DECOM (a later row wins). */
import { ukDay } from '../../domain/index.ts';
import { BLANK_REQUIRED } from '../cell-messages.ts';
import type { CellReader, Place } from '../cell-reader.ts';
import { cellCode } from '../code-set.ts';
import { PLACEMENT_TYPE, REASON_CEASED } from '../code-sets-care.ts';
import { UNREADABLE } from '../code-table.ts';
import type { Column, Columns } from '../header-match.ts';
import { recordKey, TableMerger } from '../record-merge.ts';
import { CONTINUES, NOT_REC, NOT_RNE, parseReasonEnded, parseRne } from './codes.ts';
import type { EPISODE_FIELDS } from './fields.ts';
import type { CareEpisode } from './result.ts';
import { episodeChildIndex, type Ssda903Session } from './session.ts';

type EpisodeColumns = Columns<typeof EPISODE_FIELDS>;

/** The merge key's list number: the session's merge state holds episodes only. */
const EPISODES = 0;

/** Reads Episodes rows into the session's episodes. */
export function openEpisodes(
  c: EpisodeColumns,
  session: Ssda903Session,
  place: Place,
): (cells: CellReader) => void {
  const merger = new TableMerger(session.merge, session.episodes, place, c.start.header);
  return (cells) => {
    const childId = cells.requiredId(c.childId);
    const start = cells.requiredDate(c.start);
    const episode = readEpisode(cells, c, childId ?? '', start ?? 0);
    if (childId === null || start === null) return;
    checkEnding(cells, c, episode);
    checkReasonKnown(cells, c.reasonEnded, episode.reasonEnded);
    const key = recordKey(EPISODES, episodeChildIndex(session, childId), start);
    const child = { childId, gender: null, ethnicity: null, birthDate: null };
    merger.add(key, episode, child, cells.row);
  };
}

function readEpisode(cells: CellReader, c: EpisodeColumns, childId: string, start: number) {
  requireValue(cells, c.rne);
  requireValue(cells, c.legalStatus);
  const episode: CareEpisode = {
    childId,
    startDate: start,
    endDate: cells.date(c.end),
    reasonNew: cells.coded(c.rne, parseRne, NOT_RNE),
    legalStatus: cells.legalStatus(c.legalStatus),
    placement: cellCode(cells, c.place, PLACEMENT_TYPE),
    reasonEnded: cells.coded(c.reasonEnded, parseReasonEnded, NOT_REC),
    reasonPlaceChange: cells.text(c.reasonPlaceChange),
  };
  for (const column of [c.cin, c.placeProvider, c.homePostcode, c.placePostcode, c.urn]) {
    cells.text(column);
  }
  return episode;
}

function requireValue(cells: CellReader, column: Column): void {
  if (cells.raw(column) === '') cells.report('error', column, '', BLANK_REQUIRED);
}

/** Warns of a REC shaped like a reason for leaving care but not one SSDA903 has (such as E99). */
function checkReasonKnown(cells: CellReader, column: Column, rec: string | null): void {
  if (rec === null || rec === CONTINUES || REASON_CEASED.read(rec) !== UNREADABLE) return;
  cells.report('warning', column, cells.raw(column), REASON_CEASED.unknown);
}

/** DEC and REC go together (a REC without DEC is set aside), and DEC is not before DECOM. */
function checkEnding(cells: CellReader, c: EpisodeColumns, episode: CareEpisode): void {
  const { endDate: end, startDate: start } = episode;
  const rec = cells.raw(c.reasonEnded);
  if (end !== null && rec === '') {
    const message = `This cell is blank, but the episode has a "${c.end.header}": say why it ended (X1 when another episode began the same day).`;
    cells.report('error', c.reasonEnded, '', message);
  }
  if (end === null && rec !== '' && cells.raw(c.end) === '') {
    const message = `There is no "${c.end.header}", so this reason is set aside: the episode is read as still open.`;
    cells.report('warning', c.reasonEnded, rec, message);
    episode.reasonEnded = null;
  }
  if (end !== null && end < start) {
    const message = `This date is before the "${c.start.header}" (${ukDay(start)}): the episode ends before it starts, and is kept as it is.`;
    cells.report('warning', c.end, cells.raw(c.end), message);
  }
}
