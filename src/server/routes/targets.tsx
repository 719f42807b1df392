/**
 * The targets pages: `GET /targets?la=` (each indicator's targets by financial year with their
 * history, and the council's RAG rules), `GET /targets/set` (the form, filled in with the target
 * in force when an indicator and year are given) and `POST /targets/set` (sets the target, then
 * back to the list).
 */
import { type Context, Hono } from 'hono';
import { z } from 'zod';
import type { TargetSetting } from '../../assess/index.ts';
import { financialYearLabel, type IndicatorDefinition } from '../../domain/index.ts';
import { parseFinancialYear } from '../../ingest/index.ts';
import {
  type Database,
  type LaRow,
  listLas,
  loadRagRules,
  loadTargetHistory,
  loadTargetSettings,
  setTarget,
} from '../../store/index.ts';
import { EmptyPage } from '../pages/empty-page.tsx';
import { renderPage } from '../pages/render.ts';
import { TargetFormPage, type TargetFormView } from '../pages/target-form-page.tsx';
import { TargetsPage } from '../pages/targets-page.tsx';
import { buildTargetsPage, ruleSavedText } from '../view/targets.ts';
import { badRequest } from './errors.tsx';
import {
  councilOf,
  fail,
  formLimit,
  groupsOf,
  indicatorId,
  indicatorsOf,
  laCode,
  NO_COUNCIL,
  postedForm,
  query,
  sameOrigin,
  yearText,
} from './target-common.tsx';
import { checkTargetForm, emptyTargetForm, type TargetFormValues } from './target-form.ts';

export interface TargetRouteDeps {
  db: Database;
  /** The clock: when a target was set. */
  now: () => Date;
}

const listQuery = z.object({ la: laCode, saved: indicatorId, year: yearText, rule: indicatorId });
const formQuery = z.object({ la: laCode, indicator: indicatorId, year: yearText });

export function targetRoutes(deps: TargetRouteDeps): Hono {
  const app = new Hono();
  const { db } = deps;

  app.get('/targets', query(listQuery), async (c) => {
    const q = c.req.valid('query');
    const las = await listLas(db);
    if (las.length === 0) return renderPage(c, <EmptyPage />);
    const la = q.la === undefined ? las[0] : las.find((l) => l.code === q.la);
    if (la === undefined) return badRequest(c, `There is no council with the code “${q.la}”.`);
    const indicators = await indicatorsOf(db, la.code);
    const rules = await loadRagRules(db, la.code);
    const ruled = indicators.find((d) => d.id === q.rule);
    const view = buildTargetsPage({
      la,
      las,
      indicators,
      history: await loadTargetHistory(db, la.code),
      rules,
      saved: ruled
        ? ruleSavedText(
            ruled,
            rules.find((r) => r.indicatorId === ruled.id),
          )
        : savedText(indicators, q.saved, q.year),
    });
    return renderPage(c, <TargetsPage view={view} />);
  });

  app.get('/targets/set', query(formQuery), async (c) => {
    const q = c.req.valid('query');
    const la = await councilOf(db, q.la);
    if (la === undefined) return badRequest(c, NO_COUNCIL(q.la));
    const indicators = await indicatorsOf(db, la.code);
    const values = await prefilled(db, la.code, indicators, q.indicator, q.year);
    return showForm(c, { la, values, errors: {}, groups: groupsOf(indicators) });
  });

  app.post('/targets/set', sameOrigin, formLimit, async (c) => {
    const posted = await postedForm(c, db);
    if (posted instanceof Response) return posted;
    const { body, la } = posted;
    const indicators = await indicatorsOf(db, la.code);
    const check = checkTargetForm(body, indicators);
    if (check.kind === 'malformed') return fail(c, 400, check.message);
    if (check.kind === 'invalid') {
      return showForm(c, { la, ...check, groups: groupsOf(indicators) }, 400);
    }
    const at = deps.now().toISOString();
    await setTarget(db, la.code, check.setting, { setBy: check.setBy, reason: check.reason, at });
    return c.redirect(listHref(la, check.setting), 303);
  });

  return app;
}

function showForm(c: Context, view: TargetFormView, status: 200 | 400 = 200) {
  return renderPage(c, <TargetFormPage view={view} />, status);
}

/** The form for an indicator and year, with the target in force for them when there is one. */
async function prefilled(
  db: Database,
  la: string,
  indicators: readonly IndicatorDefinition[],
  indicator: string | undefined,
  yearText: string | undefined,
): Promise<TargetFormValues> {
  const def = indicators.find((d) => d.id === indicator);
  const year = yearText === undefined ? null : parseFinancialYear(yearText);
  const empty = emptyTargetForm(
    la,
    def?.id ?? '',
    year && !year.bare ? financialYearLabel(year.year) : '',
  );
  if (!def || !year || year.bare) return empty;
  const settings = await loadTargetSettings(db, la);
  const current = settings.find((t) => t.indicatorId === def.id && t.financialYear === year.year);
  return current ? { ...empty, ...settingValues(current) } : empty;
}

function settingValues(t: TargetSetting): Partial<TargetFormValues> {
  const relative = t.toleranceKind === 'relative';
  return {
    value: String(t.value),
    tolerance:
      t.tolerance === null
        ? ''
        : String(relative ? Math.round(t.tolerance * 1e8) / 1e6 : t.tolerance),
    toleranceKind: t.toleranceKind ?? '',
    profile: t.profile ? t.profile.join(', ') : '',
  };
}

function listHref(la: LaRow, t: TargetSetting): string {
  const q = new URLSearchParams({
    la: la.code,
    saved: t.indicatorId,
    year: financialYearLabel(t.financialYear),
  });
  return `/targets?${q.toString()}`;
}

/** `Target saved for Re-referrals within 12 months, 2025-26`; null when nothing was saved. */
function savedText(
  indicators: readonly IndicatorDefinition[],
  saved: string | undefined,
  year: string | undefined,
): string | null {
  const def = indicators.find((d) => d.id === saved);
  const fy = year === undefined ? null : parseFinancialYear(year);
  if (!def || !fy || fy.bare) return null;
  return `Target saved for ${def.title}, ${financialYearLabel(fy.year)}`;
}
