/** The Hono application: security headers, routes, and the pages for errors. */
import { Hono } from 'hono';
import type { Database } from '../store/index.ts';
import { ImportJobs } from './import-jobs.ts';
import { assetRoutes } from './routes/assets.ts';
import { dashboardRoutes } from './routes/dashboard.tsx';
import { notFound, serverError } from './routes/errors.tsx';
import { importRoutes } from './routes/import.tsx';
import { noteRoutes } from './routes/notes.tsx';
import { ragRuleRoutes } from './routes/rag-rules.tsx';
import { targetRoutes } from './routes/targets.tsx';
import { noStore, securityHeaders } from './security.ts';

export interface AppDeps {
  db: Database;
  /**
   * The clock, read for the upload page's default date, each import's time and when a target was
   * set; the system's by default.
   */
  now?: () => Date;
  /** The largest upload accepted, in bytes; 512 MB by default. */
  uploadLimit?: number;
  /** Where background imports are kept; a new, empty registry by default. */
  jobs?: ImportJobs;
}

const UPLOAD_LIMIT = 512 * 1024 * 1024;

/**
 * The whole web application over one database; serve it with `startServer`, or call
 * `app.request()` in tests.
 * @example const app = createApp({ db: store.db }); await app.request('/health');
 */
export function createApp(deps: AppDeps): Hono {
  const app = new Hono();
  app.use(securityHeaders(), noStore);
  app.get('/health', (c) => c.json({ status: 'ok' }));
  app.route('/assets', assetRoutes());
  app.route('/', dashboardRoutes(deps.db));
  const now = deps.now ?? (() => new Date());
  app.route('/', targetRoutes({ db: deps.db, now }));
  app.route('/', ragRuleRoutes({ db: deps.db, now }));
  app.route('/', noteRoutes(deps.db));
  app.route(
    '/',
    importRoutes({
      db: deps.db,
      now: deps.now ?? (() => new Date()),
      jobs: deps.jobs ?? new ImportJobs(),
      uploadLimit: deps.uploadLimit ?? UPLOAD_LIMIT,
    }),
  );
  app.notFound(notFound);
  app.onError(serverError);
  return app;
}
