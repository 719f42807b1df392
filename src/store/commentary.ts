/** Commentary: notes on an indicator's figure for one period, or on its whole series. */
import type { Selectable } from 'kysely';
import type { Note, NoteStatus } from '../assess/index.ts';
import type { CommentaryTable } from './commentary-tables.ts';
import type { Database } from './tables.ts';

export interface NewNote {
  indicatorId: string;
  /** A period label (`2024-25`, `2024-25 Q1`, `2024-06`…); null for the whole series. */
  period: string | null;
  text: string;
  author: string;
  /** Draft unless said. */
  status?: NoteStatus;
}

function noteFromRow(row: Selectable<CommentaryTable>): Note {
  return {
    id: row.id,
    indicatorId: row.indicator_id,
    period: row.period,
    text: row.text,
    author: row.author,
    createdAt: row.created_at.toISOString(),
    status: row.status,
  };
}

/** Adds a note for the council; the text must not be blank. */
export async function addNote(db: Database, la: string, note: NewNote): Promise<Note> {
  const row = await db
    .insertInto('commentary')
    .values({
      la,
      indicator_id: note.indicatorId,
      period: note.period,
      text: note.text,
      author: note.author,
      status: note.status ?? 'draft',
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return noteFromRow(row);
}

/** The council's notes (of one indicator, or of one status, when given), oldest first. */
export async function listNotes(
  db: Database,
  la: string,
  filter: { indicatorId?: string; status?: NoteStatus } = {},
): Promise<Note[]> {
  let query = db.selectFrom('commentary').selectAll().where('la', '=', la);
  if (filter.indicatorId !== undefined)
    query = query.where('indicator_id', '=', filter.indicatorId);
  if (filter.status !== undefined) query = query.where('status', '=', filter.status);
  const rows = await query.orderBy('created_at').orderBy('id').execute();
  return rows.map(noteFromRow);
}

/** Publishes a note, or takes it back to draft; null when the council has no note with that id. */
export async function setNoteStatus(
  db: Database,
  la: string,
  id: number,
  status: NoteStatus,
): Promise<Note | null> {
  const row = await db
    .updateTable('commentary')
    .set({ status })
    .where('la', '=', la)
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirst();
  return row ? noteFromRow(row) : null;
}
