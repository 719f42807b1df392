/**
 * What the targets and RAG rule routes share: query checks, the council asked for, the
 * indicators a council can set targets for (grouped for a select), and the form guards (Origin
 * check, body limit) with their error pages.
 */
import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { validator } from 'hono/validator';
import { z } from 'zod';
import {
  CATALOGUE,
  CATALOGUE_SECTIONS,
  type IndicatorDefinition,
  LOCAL_SECTION,
} from '../../domain/index.ts';
import { type Database, type LaRow, listLas, loadLocalIndicators } from '../../store/index.ts';
import type { SelectOption } from '../components/choice-fields.tsx';
import { ErrorPage } from '../pages/error-page.tsx';
import { renderPage } from '../pages/render.ts';
import { sameOriginOnly } from '../security.ts';
import { badRequest } from './errors.tsx';

export const laCode = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9_-]{0,20}$/)
  .optional()
  .transform((v) => (v === '' ? undefined : v));
export const indicatorId = z
  .string()
  .regex(/^[A-Za-z0-9_]{1,100}$/)
  .optional();
export const yearText = z.string().max(20).optional();

const BAD_QUERY =
  'A council code is up to 20 letters, digits, hyphens or underscores, and an indicator id letters, digits and underscores, each given once.';

/** The query checked with `schema`; a 400 page when it does not fit. */
export function query<T extends z.ZodType>(schema: T) {
  return validator('query', (raw, c) => {
    const parsed = schema.safeParse(raw);
    return parsed.success ? (parsed.data as z.infer<T>) : badRequest(c, BAD_QUERY);
  });
}

/** The council named, or the first; undefined when the code is unknown or there is none. */
export async function councilOf(
  db: Database,
  code: string | undefined,
): Promise<LaRow | undefined> {
  const las = await listLas(db);
  return code === undefined ? las[0] : las.find((l) => l.code === code);
}

export async function indicatorsOf(db: Database, la: string): Promise<IndicatorDefinition[]> {
  return [...CATALOGUE, ...(await loadLocalIndicators(db, la))];
}

/** The indicators by catalogue section, the council's own last. */
export function groupsOf(
  indicators: readonly IndicatorDefinition[],
): { label: string; options: SelectOption[] }[] {
  const option = (d: IndicatorDefinition) => ({ value: d.id, text: d.title });
  const known = new Set(CATALOGUE.map((d) => d.id));
  const local = indicators.filter((d) => !known.has(d.id));
  return [
    ...CATALOGUE_SECTIONS.map((s) => ({ label: s.title, options: s.indicators.map(option) })),
    ...(local.length > 0 ? [{ label: LOCAL_SECTION.title, options: local.map(option) }] : []),
  ];
}

export const NO_COUNCIL = (code: string | undefined) =>
  `There is no council with the code “${code ?? ''}”. Go back to the targets page and choose one.`;
export const MALFORMED = 'The form could not be read. Go back to the targets page and try again.';
const FORBIDDEN =
  'Targets and RAG rules can only be set from Outturn’s own targets pages. Open the targets page and send the form from there.';
const TOO_LARGE = 'The form is larger than the targets forms can be. Go back and try again.';

const TITLES = {
  400: 'There is a problem with the form',
  403: 'This form was sent from another site',
  413: 'The form is too large',
} as const;

export function fail(c: Context, status: keyof typeof TITLES, message: string) {
  return renderPage(c, <ErrorPage title={TITLES[status]} message={message} />, status);
}

/** The form's body: 64 kB is far more than the forms can hold. */
const FORM_LIMIT = 64 * 1024;

/** Refuses a form posted from another site with a 403 page. */
export const sameOrigin: MiddlewareHandler = sameOriginOnly((c) => fail(c, 403, FORBIDDEN));

/** Refuses a body larger than the forms can be with a 413 page. */
export const formLimit: MiddlewareHandler = bodyLimit({
  maxSize: FORM_LIMIT,
  onError: (c) => fail(c, 413, TOO_LARGE),
});

/** The posted form's fields and its council; a 400 page when unreadable or the council unknown. */
export async function postedForm(
  c: Context,
  db: Database,
): Promise<{ body: Record<string, unknown>; la: LaRow } | Response> {
  const body = await c.req.parseBody({ all: true }).catch(() => null);
  if (body === null) return fail(c, 400, MALFORMED);
  const la = (await listLas(db)).find((l) => l.code === body.la);
  if (la === undefined) return fail(c, 400, NO_COUNCIL(String(body.la ?? '')));
  return { body, la };
}
