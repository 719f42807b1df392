/** SSDA903 tables supplied as CSV files, one table a file, read into one record set. */
import type { Child } from '../../domain/index.ts';
import { forEachCsvRow } from '../csv-rows.ts';
import { decodeText } from '../decode-text.ts';
import type { ReadProgress } from '../read-progress.ts';
import type { SourceFile } from '../read-result.ts';
import { addCareLeavers } from './care-leavers.ts';
import { chainEpisodes } from './chain.ts';
import type { RowSource, Ssda903FileSummary, Ssda903Result } from './result.ts';
import { newSsda903Session, type Ssda903Session } from './session.ts';
import { Ssda903Table } from './table.ts';

/**
 * Reads SSDA903 CSV files (UTF-8, or Windows-1252 when not UTF-8): Header rows into children,
 * Episodes into episodes and periods of care, OC3 into care leavers, the other tables checked
 * and kept in `extra`.
 * Files are read in the order given, so for the same child and DECOM the later row wins.
 */
export function readSsda903(files: readonly SourceFile[], progress?: ReadProgress): Ssda903Result {
  const session = newSsda903Session();
  const summaries = files.map((file) => readFile(file, session, progress));
  const where = sources(session);
  const located = session.episodes.map((episode, i) => ({ episode, source: where[i]! }));
  session.records.carePeriods.push(...chainEpisodes(located, session.issues));
  addCareLeavers(session);
  addEpisodeChildren(session);
  const { records, issues, extra } = session;
  return { records, issues, files: summaries, extra };
}

function readFile(
  file: SourceFile,
  session: Ssda903Session,
  progress?: ReadProgress,
): Ssda903FileSummary {
  const place = { file: file.name };
  const { text } = decodeText(file.bytes, 'windows-1252');
  const table = new Ssda903Table(file.name, place, session);
  forEachCsvRow(
    text,
    (cells, row) => table.push(cells, row),
    ({ row, message }) => session.issues.push({ severity: 'error', ...place, row, message }),
    progress?.file(file, text.length),
  );
  table.finish();
  const { table: name, rows } = table;
  return { name: file.name, format: 'ssda903-csv', list: null, table: name, rows };
}

/** Where each episode was read (the row that won, for merged duplicates), by episode index. */
function sources({ merge, episodes }: Ssda903Session): RowSource[] {
  return merge.sourcesOf(episodes);
}

/** A child with episodes but no Header row is still a child, with nothing else known. */
function addEpisodeChildren(session: Ssda903Session): void {
  const known = new Set(session.records.children.map((child) => child.childId));
  for (const childId of session.episodeChildren.keys()) {
    if (known.has(childId)) continue;
    const child: Child = { childId, gender: null, ethnicity: null, birthDate: null };
    session.children.set(child);
  }
}
