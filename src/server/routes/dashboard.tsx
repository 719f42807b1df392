/** `GET /`: the performance dashboard for the chosen council and kind of period. */
import { Hono } from 'hono';
import { validator } from 'hono/validator';
import { discloseAll } from '../../assess/index.ts';
import { CATALOGUE } from '../../domain/index.ts';
import { buildReport, renderXlsx } from '../../reports/index.ts';
import {
  type Database,
  type LaRow,
  listLas,
  listNotes,
  loadBenchmarkInputs,
  loadLocalIndicators,
  loadRecalculations,
  loadRevisions,
  loadSeries,
  loadTargets,
} from '../../store/index.ts';
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

/** The chosen council: the one named, or the first; undefined when the code is unknown. */
function chosenLa(las: readonly LaRow[], code: string | undefined): LaRow | undefined {
  return code === undefined ? las[0] : las.find((l) => l.code === code);
}

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function dashboardRoutes(db: Database): Hono {
  const app = new Hono();
  app.get('/', dashboardQuery, async (c) => {
    const query = c.req.valid('query');
    const las = await listLas(db);
    if (las.length === 0) return renderPage(c, <EmptyPage />);
    const la = chosenLa(las, query.la);
    if (la === undefined) return badRequest(c, `There is no council with the code “${query.la}”.`);
    const series = await loadSeries(db, la.code);
    const targets = await loadTargets(db, la.code);
    const local = await loadLocalIndicators(db, la.code);
    const benchmarks = await loadBenchmarkInputs(db, la.code);
    const [revisions, notes] = [await loadRevisions(db, la.code), await listNotes(db, la.code)];
    const recalculations = await loadRecalculations(db, la.code);
    const view = buildDashboard({
      ...{ la, las, series, targets, local, benchmarks, revisions, notes, recalculations },
      window: query.window,
      figures: query.figures,
    });
    return renderPage(c, <DashboardPage view={view} />);
  });
  app.get('/dashboard.xlsx', dashboardQuery, async (c) => {
    const query = c.req.valid('query');
    const la = chosenLa(await listLas(db), query.la);
    if (la === undefined)
      return badRequest(c, `There is no council with the code “${query.la ?? ''}”.`);
    const [series, targets] = [await loadSeries(db, la.code), await loadTargets(db, la.code)];
    const local = await loadLocalIndicators(db, la.code);
    const shown = query.figures === 'all' ? series : discloseAll(series, [...CATALOGUE, ...local]);
    const bytes = await renderXlsx(
      buildReport({ council: la, series: shown, targets, local, window: query.window }),
    );
    c.header('Content-Type', XLSX_TYPE);
    c.header(
      'Content-Disposition',
      `attachment; filename="outturn-${la.code}-${query.window}-${query.figures}.xlsx"`,
    );
    return c.body(bytes);
  });
  return app;
}
