/**
 * The notes page: `GET /notes?la=&indicator=` lists a council's notes with the form to add one
 * (the indicator chosen when given); `POST /notes` adds it, then back to the list.
 */
import { type Context, Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { z } from 'zod';
import { addNote, type Database, type LaRow, listLas, listNotes } from '../../store/index.ts';
import { EmptyPage } from '../pages/empty-page.tsx';
import { ErrorPage } from '../pages/error-page.tsx';
import { NotesPage, type NotesView } from '../pages/notes-page.tsx';
import { renderPage } from '../pages/render.ts';
import { sameOriginOnly } from '../security.ts';
import { checkNoteForm, emptyNoteForm } from './notes-form.ts';
import { groupsOf, indicatorId, indicatorsOf, laCode, query } from './target-common.tsx';

const listQuery = z.object({ la: laCode, indicator: indicatorId, added: indicatorId });

const TITLES = {
  400: 'There is a problem with the form',
  403: 'This form was sent from another site',
  413: 'The form is too large',
} as const;
const MESSAGES = {
  400: 'The form could not be read, or names no council Outturn knows. Go back to the notes page and try again.',
  403: 'Notes can only be added from Outturn’s own notes page. Open the notes page and send the form from there.',
  413: 'The note is longer than Outturn keeps. Go back and shorten it.',
} as const;

function fail(c: Context, status: keyof typeof TITLES) {
  return renderPage(c, <ErrorPage title={TITLES[status]} message={MESSAGES[status]} />, status);
}

async function view(db: Database, la: LaRow, parts: Partial<NotesView>): Promise<NotesView> {
  const indicators = await indicatorsOf(db, la.code);
  const titles = new Map(indicators.map((d) => [d.id, d.title]));
  const notes = (await listNotes(db, la.code)).reverse();
  return {
    la,
    notes: notes.map((n) => ({ ...n, title: titles.get(n.indicatorId) ?? n.indicatorId })),
    values: emptyNoteForm(),
    errors: {},
    groups: groupsOf(indicators),
    added: null,
    ...parts,
  };
}

export function noteRoutes(db: Database): Hono {
  const app = new Hono();
  app.get('/notes', query(listQuery), async (c) => {
    const q = c.req.valid('query');
    const las = await listLas(db);
    if (las.length === 0) return renderPage(c, <EmptyPage />);
    const la = q.la === undefined ? las[0] : las.find((l) => l.code === q.la);
    if (la === undefined) return fail(c, 400);
    const indicators = await indicatorsOf(db, la.code);
    const added = indicators.find((d) => d.id === q.added)?.title ?? null;
    const values = emptyNoteForm(q.indicator ?? '');
    return renderPage(c, <NotesPage view={await view(db, la, { values, added })} />);
  });
  app.post(
    '/notes',
    sameOriginOnly((c) => fail(c, 403)),
    bodyLimit({ maxSize: 64 * 1024, onError: (c) => fail(c, 413) }),
    async (c) => {
      const body = await c.req.parseBody({ all: true }).catch(() => null);
      const la = body ? (await listLas(db)).find((l) => l.code === body.la) : undefined;
      if (!body || la === undefined) return fail(c, 400);
      const known = new Set((await indicatorsOf(db, la.code)).map((d) => d.id));
      const check = checkNoteForm(body, known);
      if (check.kind === 'malformed') return fail(c, 400);
      if (check.kind === 'invalid') {
        const page = await view(db, la, { values: check.values, errors: check.errors });
        return renderPage(c, <NotesPage view={page} />, 400);
      }
      await addNote(db, la.code, check.note);
      const to = `/notes?la=${encodeURIComponent(la.code)}&added=${check.note.indicatorId}`;
      return c.redirect(to, 303);
    },
  );
  return app;
}
