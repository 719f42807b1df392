/** Commentary on PGlite or the server. */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  addNote,
  type Database,
  deleteLaData,
  listNotes,
  type NewNote,
  setNoteStatus,
  upsertLa,
} from './index.ts';
import { emptyTestStore, openTestStore, type TestStore } from './testing.ts';

const LA = '999';

let store: TestStore;
let db: Database;

beforeAll(async () => {
  store = await openTestStore();
  db = store.db;
});
afterAll(() => store.dispose());
beforeEach(async () => {
  await emptyTestStore(db);
  await upsertLa(db, { code: LA, name: 'Northmere' });
  await upsertLa(db, { code: '201', name: 'Elsewhere' });
});

const note = (changes: Partial<NewNote> = {}): NewNote => ({
  indicatorId: 'rereferrals_12m_pct',
  period: '2024-25 Q1',
  text: 'Two months of data only: the new system went live in May.',
  author: 'performance team',
  ...changes,
});

describe('commentary', () => {
  it('addNote stores a draft by default and gives it back with its id and time', async () => {
    const added = await addNote(db, LA, note());
    expect(added).toMatchObject({ ...note(), status: 'draft' });
    expect(new Date(added.createdAt).toISOString()).toBe(added.createdAt);
    expect(await listNotes(db, LA)).toEqual([added]);
  });

  it('keeps a note on the whole series (period null) and lists by indicator and status', async () => {
    const whole = await addNote(db, LA, note({ period: null, status: 'published' }));
    const other = await addNote(db, LA, note({ indicatorId: 'cpp_open' }));
    await addNote(db, '201', note());
    expect(await listNotes(db, LA, { indicatorId: 'rereferrals_12m_pct' })).toEqual([whole]);
    expect(await listNotes(db, LA, { status: 'draft' })).toEqual([other]);
    expect((await listNotes(db, LA)).map((n) => n.id)).toEqual([whole.id, other.id]);
  });

  it('setNoteStatus publishes a note of the council, and is null for another council’s', async () => {
    const added = await addNote(db, LA, note());
    expect(await setNoteStatus(db, '201', added.id, 'published')).toBeNull();
    expect(await setNoteStatus(db, LA, added.id, 'published')).toEqual({
      ...added,
      status: 'published',
    });
    expect(await listNotes(db, LA, { status: 'published' })).toHaveLength(1);
  });

  it('refuses a blank note', async () => {
    await expect(addNote(db, LA, note({ text: '  ' }))).rejects.toThrow();
  });

  it('deleteLaData removes the council’s notes and no other council’s', async () => {
    await addNote(db, LA, note());
    await addNote(db, '201', note());
    await deleteLaData(db, LA);
    expect(await listNotes(db, LA)).toEqual([]);
    expect(await listNotes(db, '201')).toHaveLength(1);
  });
});
