/** `GET /`: the performance dashboard for the chosen council and kind of period. */
import { Hono } from 'hono';
import { validator } from 'hono/validator';
import { type Database, listLas, loadSeries, loadTargets } from '../../store/index.ts';
import { DashboardPage } from '../pages/dashboard-page.tsx';
import { EmptyPage } from '../pages/empty-page.tsx';
import { renderPage } from '../pages/render.ts';
import { buildDashboard } from '../view/dashboard.ts';
import { parseDashboardQuery } from './dashboard-query.ts';
import { badRequest } from './errors.tsx';

const dashboardQuery = validator('query', (raw, c) => {
  const check = parseDashboardQuery(raw);
  return check.ok ? check.query : badRequest(c, check.message);
});

export function dashboardRoutes(db: Database): Hono {
  const app = new Hono();
  app.get('/', dashboardQuery, async (c) => {
    const query = c.req.valid('query');
    const las = await listLas(db);
    if (las.length === 0) return renderPage(c, <EmptyPage />);
    const la = query.la === undefined ? las[0] : las.find((l) => l.code === query.la);
    if (la === undefined) return badRequest(c, `There is no council with the code “${query.la}”.`);
    const series = await loadSeries(db, la.code);
    const targets = await loadTargets(db, la.code);
    const view = buildDashboard({ la, las, series, targets, window: query.window });
    return renderPage(c, <DashboardPage view={view} />);
  });
  return app;
}
