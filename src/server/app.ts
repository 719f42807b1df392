/** The Hono application: security headers, routes, and the pages for errors. */
import { Hono } from 'hono';
import type { Database } from '../store/index.ts';
import { assetRoutes } from './routes/assets.ts';
import { dashboardRoutes } from './routes/dashboard.tsx';
import { notFound, serverError } from './routes/errors.tsx';
import { noStore, securityHeaders } from './security.ts';

export interface AppDeps {
  db: Database;
}

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
  app.notFound(notFound);
  app.onError(serverError);
  return app;
}
