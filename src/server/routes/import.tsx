/**
 * The upload page: `GET /import` (the form), `POST /import` (starts the import in the background
 * and sends the browser to its page), `GET /import/<id>` (progress, then the outcome) and
 * `GET /import/<id>/status` (JSON, for the page's script).
 */
import { type Context, Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { type Database, importFiles, type LaRow, listLas } from '../../store/index.ts';
import type { ImportJobs } from '../import-jobs.ts';
import { ErrorPage } from '../pages/error-page.tsx';
import { ImportFormPage, type ImportFormView } from '../pages/import-form-page.tsx';
import { ImportJobPage } from '../pages/import-job-page.tsx';
import { renderPage } from '../pages/render.ts';
import { sameOriginOnly } from '../security.ts';
import { importStatus } from '../view/import-status.ts';
import { checkImportForm, type FormBody, type ImportFormValues } from './import-form.ts';

export interface ImportRouteDeps {
  db: Database;
  /** The clock: the default "as at" date, and when an import happened. */
  now: () => Date;
  jobs: ImportJobs;
  /** The largest request body accepted, in bytes. */
  uploadLimit: number;
}

/** Who the history says imported through this page (there is no sign-in yet). */
const UPLOADED_BY = 'upload page';

export function importRoutes(deps: ImportRouteDeps): Hono {
  const app = new Hono();
  const tooLarge = (c: Context) => fail(c, 413, TOO_LARGE(deps.uploadLimit));
  app.get('/import', async (c) => {
    const known = await listLas(deps.db);
    return showForm(c, { values: defaults(known, deps.now()), errors: {}, known });
  });
  const limit = bodyLimit({ maxSize: deps.uploadLimit, onError: tooLarge });
  app.post('/import', sameOrigin, limit, async (c) => {
    const body = await c.req.parseBody({ all: true }).catch(() => null);
    if (body === null) return fail(c, 400, MALFORMED);
    const known = await listLas(deps.db);
    const check = await checkImportForm(body as FormBody, known);
    if (check.kind === 'malformed') return fail(c, 400, check.message);
    if (check.kind === 'invalid') return showForm(c, { ...check, known }, 400);
    const { la, files, asAt } = check;
    const request = { la, files: files.map((f) => f.name), asAt };
    const job = deps.jobs.start(request, (onProgress) =>
      importFiles(deps.db, {
        la,
        files,
        asAt,
        createdBy: UPLOADED_BY,
        at: deps.now().toISOString(),
        onProgress,
      }),
    );
    return c.redirect(`/import/${job.id}`, 303);
  });
  app.get('/import/:id', (c) => {
    const job = deps.jobs.get(c.req.param('id'));
    if (job === undefined) return c.notFound();
    return renderPage(c, <ImportJobPage job={job} status={importStatus(job)} />);
  });
  app.get('/import/:id/status', (c) => {
    const job = deps.jobs.get(c.req.param('id'));
    if (job === undefined) return c.json({ error: 'There is no import with this id.' }, 404);
    return c.json(importStatus(job));
  });

  function showForm(c: Context, view: Omit<ImportFormView, 'limit'>, status: 200 | 400 = 200) {
    return renderPage(c, <ImportFormPage view={{ ...view, limit: deps.uploadLimit }} />, status);
  }
  return app;
}

/** The form as it first shows: the only council Outturn holds; today, by the server's clock. */
function defaults(known: readonly LaRow[], now: Date): ImportFormValues {
  const only = known.length === 1 ? known[0] : undefined;
  return {
    la: only?.code ?? '',
    laName: only?.name ?? '',
    day: String(now.getDate()),
    month: String(now.getMonth() + 1),
    year: String(now.getFullYear()),
  };
}

/** Refuses a form posted from another site (its Origin names another host) with a 403 page. */
const sameOrigin = sameOriginOnly((c) => fail(c, 403, FORBIDDEN));

const MALFORMED = 'The form could not be read. Go back to the upload page and try again.';
const FORBIDDEN =
  'Files can only be imported from Outturn’s own upload page. Open the upload page and send the form from there.';
const TOO_LARGE = (limit: number) =>
  `Outturn accepts up to ${Math.floor(limit / 1e6).toLocaleString('en-GB')} MB in one upload. Import the files in smaller batches: a later batch adds to what is already imported.`;

const TITLES = {
  400: 'There is a problem with the form',
  403: 'This form was sent from another site',
  413: 'The files are too large',
} as const;

function fail(c: Context, status: keyof typeof TITLES, message: string) {
  return renderPage(c, <ErrorPage title={TITLES[status]} message={message} />, status);
}
