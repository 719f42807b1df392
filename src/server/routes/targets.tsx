/**
 * The targets pages: `GET /targets?la=` (each indicator's targets by financial year with their
 * history, and the council's RAG rules), `GET /targets/set` (the form, filled in with the target
 * in force when an indicator and year are given) and `POST /targets/set` (sets the target, then
 * back to the list).
 */
import { type Context, Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { validator } from 'hono/validator';
import { z } from 'zod';
import type { TargetSetting } from '../../assess/index.ts';
import {
  CATALOGUE,
  CATALOGUE_SECTIONS,
  financialYearLabel,
  type IndicatorDefinition,
  LOCAL_SECTION,
} from '../../domain/index.ts';
import { parseFinancialYear } from '../../ingest/index.ts';
import {
  type Database,
  type LaRow,
  listLas,
  loadLocalIndicators,
  loadRagRules,
  loadTargetHistory,
  loadTargetSettings,
  setTarget,
} from '../../store/index.ts';
import { EmptyPage } from '../pages/empty-page.tsx';
import { ErrorPage } from '../pages/error-page.tsx';
import { renderPage } from '../pages/render.ts';
import { TargetFormPage, type TargetFormView } from '../pages/target-form-page.tsx';
import { TargetsPage } from '../pages/targets-page.tsx';
import { sameOriginOnly } from '../security.ts';
import { buildTargetsPage } from '../view/targets.ts';
import { badRequest } from './errors.tsx';
import { checkTargetForm, emptyTargetForm, type TargetFormValues } from './target-form.ts';

export interface TargetRouteDeps {
  db: Database;
  /** The clock: when a target was set. */
  now: () => Date;
}

const code = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9_-]{0,20}$/)
  .optional()
  .transform((v) => (v === '' ? undefined : v));
const indicatorId = z
  .string()
  .regex(/^[A-Za-z0-9_]{1,100}$/)
  .optional();
const yearText = z.string().max(20).optional();
const listQuery = z.object({ la: code, saved: indicatorId, year: yearText });
const formQuery = z.object({ la: code, indicator: indicatorId, year: yearText });

const BAD_QUERY =
  'A council code is up to 20 letters, digits, hyphens or underscores, and an indicator id letters, digits and underscores, each given once.';

function query<T extends z.ZodType>(schema: T) {
  return validator('query', (raw, c) => {
    const parsed = schema.safeParse(raw);
    return parsed.success ? (parsed.data as z.infer<T>) : badRequest(c, BAD_QUERY);
  });
}

/** The form's body: 64 kB is far more than the form can hold. */
const FORM_LIMIT = 64 * 1024;

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
    const view = buildTargetsPage({
      la,
      las,
      indicators,
      history: await loadTargetHistory(db, la.code),
      rules: await loadRagRules(db, la.code),
      saved: savedText(indicators, q.saved, q.year),
    });
    return renderPage(c, <TargetsPage view={view} />);
  });

  app.get('/targets/set', query(formQuery), async (c) => {
    const q = c.req.valid('query');
    const las = await listLas(db);
    const la = q.la === undefined ? las[0] : las.find((l) => l.code === q.la);
    if (la === undefined) return badRequest(c, NO_COUNCIL(q.la));
    const indicators = await indicatorsOf(db, la.code);
    const values = await prefilled(db, la.code, indicators, q.indicator, q.year);
    return showForm(c, { la, values, errors: {}, groups: groupsOf(indicators) });
  });

  const limit = bodyLimit({ maxSize: FORM_LIMIT, onError: (c) => fail(c, 413, TOO_LARGE) });
  const sameOrigin = sameOriginOnly((c) => fail(c, 403, FORBIDDEN));
  app.post('/targets/set', sameOrigin, limit, async (c) => {
    const body = await c.req.parseBody({ all: true }).catch(() => null);
    if (body === null) return fail(c, 400, MALFORMED);
    const la = (await listLas(db)).find((l) => l.code === body.la);
    if (la === undefined) return fail(c, 400, NO_COUNCIL(String(body.la ?? '')));
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

async function indicatorsOf(db: Database, la: string): Promise<IndicatorDefinition[]> {
  return [...CATALOGUE, ...(await loadLocalIndicators(db, la))];
}

/** The indicators by catalogue section, the council's own last. */
function groupsOf(indicators: readonly IndicatorDefinition[]) {
  const option = (d: IndicatorDefinition) => ({ value: d.id, text: d.title });
  const known = new Set(CATALOGUE.map((d) => d.id));
  const local = indicators.filter((d) => !known.has(d.id));
  return [
    ...CATALOGUE_SECTIONS.map((s) => ({ label: s.title, options: s.indicators.map(option) })),
    ...(local.length > 0 ? [{ label: LOCAL_SECTION.title, options: local.map(option) }] : []),
  ];
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

const NO_COUNCIL = (code: string | undefined) =>
  `There is no council with the code “${code ?? ''}”. Go back to the targets page and choose one.`;
const MALFORMED = 'The form could not be read. Go back to the targets page and try again.';
const FORBIDDEN =
  'Targets can only be set from Outturn’s own targets page. Open the targets page and send the form from there.';
const TOO_LARGE = 'The form is larger than the targets form can be. Go back and try again.';

const TITLES = {
  400: 'There is a problem with the form',
  403: 'This form was sent from another site',
  413: 'The form is too large',
} as const;

function fail(c: Context, status: keyof typeof TITLES, message: string) {
  return renderPage(c, <ErrorPage title={TITLES[status]} message={message} />, status);
}
