/** The note form's fields, checked once at the edge: what is wrong with each, or the note. */
import { z } from 'zod';
import type { NoteStatus } from '../../assess/index.ts';

export interface NoteFormValues {
  indicator: string;
  period: string;
  text: string;
  author: string;
  status: string;
}

export type NoteFormField = keyof NoteFormValues;
export type NoteFormErrors = Partial<Record<NoteFormField, string>>;

export interface NoteInput {
  indicatorId: string;
  period: string | null;
  text: string;
  author: string;
  status: NoteStatus;
}

export type NoteFormCheck =
  | { kind: 'ok'; note: NoteInput }
  | { kind: 'invalid'; values: NoteFormValues; errors: NoteFormErrors }
  | { kind: 'malformed' };

const field = (max: number) => z.string().max(max).optional().default('');
const shape = z.object({
  indicator: field(100),
  period: field(40),
  text: field(4000),
  author: field(100),
  status: field(20),
});

/** A period label as Outturn writes them: `2024-25`, `2024-25 Q1`, `2024-06`, `12m to 2024-06`… */
const PERIOD = /^(\d{4}-\d{2}( Q[1-4]| to \d{4}-\d{2})?|12m to \d{4}-\d{2})$/;

export function emptyNoteForm(indicator = ''): NoteFormValues {
  return { indicator, period: '', text: '', author: '', status: 'draft' };
}

/** The note, or each field's problem; `known` are the indicator ids the council has. */
export function checkNoteForm(
  body: Record<string, unknown>,
  known: ReadonlySet<string>,
): NoteFormCheck {
  const parsed = shape.safeParse(body);
  if (!parsed.success) return { kind: 'malformed' };
  const v = {
    indicator: parsed.data.indicator.trim(),
    period: parsed.data.period.trim(),
    text: parsed.data.text.trim(),
    author: parsed.data.author.trim(),
    status: parsed.data.status.trim(),
  };
  const errors: NoteFormErrors = {};
  if (!known.has(v.indicator)) errors.indicator = 'Choose the indicator the note is about';
  if (v.period !== '' && !PERIOD.test(v.period)) {
    errors.period =
      'Enter a period as the dashboard shows it, like 2024-25, 2024-25 Q1 or 2024-06, or leave it blank';
  }
  if (v.text === '') errors.text = 'Enter the note';
  if (v.author === '') errors.author = 'Enter your name';
  if (v.status !== 'draft' && v.status !== 'published') errors.status = 'Choose draft or published';
  if (Object.keys(errors).length > 0) return { kind: 'invalid', values: v, errors };
  return {
    kind: 'ok',
    note: {
      indicatorId: v.indicator,
      period: v.period === '' ? null : v.period,
      text: v.text,
      author: v.author,
      status: v.status as NoteStatus,
    },
  };
}
