/** The dashboard's query string, checked once at the edge into plain typed values. */
import { z } from 'zod';
import { DASHBOARD_WINDOWS } from '../view/dashboard.ts';
import { windowKindLabel } from '../view/words.ts';

const schema = z.object({
  la: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9_-]{0,20}$/)
    .optional()
    .transform((code) => (code === '' ? undefined : code)),
  window: z.enum(DASHBOARD_WINDOWS).default('quarter'),
  /** `published`: small numbers hidden, as members see them (the default); `all`: officers'. */
  figures: z.enum(['published', 'all']).default('published'),
});

export type DashboardQuery = z.infer<typeof schema>;

export type QueryCheck = { ok: true; query: DashboardQuery } | { ok: false; message: string };

/** The query, or a sentence saying what is wrong with it. */
export function parseDashboardQuery(raw: Record<string, string | string[]>): QueryCheck {
  const result = schema.safeParse(raw);
  if (result.success) return { ok: true, query: result.data };
  const field = result.error.issues[0]?.path[0];
  if (field === 'figures') return { ok: false, message: FIGURES_MESSAGE };
  return { ok: false, message: field === 'window' ? windowMessage(raw.window) : laMessage() };
}

function windowMessage(value: string | string[] | undefined): string {
  const choices = DASHBOARD_WINDOWS.map((k) => windowKindLabel(k).toLowerCase()).join(', ');
  return `“${shown(value)}” is not a kind of period. Choose one of: ${choices}.`;
}

const FIGURES_MESSAGE =
  'Figures are “published” (small numbers hidden) or “all” (every figure, for officers).';

function laMessage(): string {
  return 'A council code is up to 20 letters, digits, hyphens or underscores, given once.';
}

function shown(value: string | string[] | undefined): string {
  const text = Array.isArray(value) ? value.join(', ') : (value ?? '');
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
