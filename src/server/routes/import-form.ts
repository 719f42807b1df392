/**
 * The upload form's fields, checked once at the edge: the files, the council and the "as at"
 * date, or what to tell the person about each field that is wrong.
 */
import { z } from 'zod';
import { type Day, dayOf, isRealDate } from '../../domain/index.ts';
import type { SourceFile } from '../../ingest/index.ts';
import type { LaRow } from '../../store/index.ts';

/** What the person typed, to show the form again as they left it. */
export interface ImportFormValues {
  la: string;
  laName: string;
  day: string;
  month: string;
  year: string;
}

export type ImportFormField = 'files' | 'la' | 'laName' | 'asAt';

/** A message per field in error, in the order the form shows them. */
export type ImportFormErrors = Partial<Record<ImportFormField, string>>;

export type ImportFormCheck =
  | { kind: 'ok'; files: SourceFile[]; la: LaRow; asAt: Day }
  | { kind: 'invalid'; values: ImportFormValues; errors: ImportFormErrors }
  /** Not something the form sends: a field twice, a file where text goes. */
  | { kind: 'malformed'; message: string };

/** What `parseBody({ all: true })` gives. */
export type FormBody = Record<string, string | File | (string | File)[]>;

const text = z.string().max(200).optional().default('');
const fields = z.object({
  la: text,
  laName: text,
  'asAt-day': text,
  'asAt-month': text,
  'asAt-year': text,
});
const CODE = /^[A-Za-z0-9_-]{1,20}$/;
const NUMBER = /^\d{1,4}$/;

const MALFORMED = 'The form was not sent as Outturn’s upload page sends it. Go back and try again.';

/** The form's fields checked against the councils Outturn knows. */
export async function checkImportForm(
  body: FormBody,
  known: readonly LaRow[],
): Promise<ImportFormCheck> {
  const parsed = fields.safeParse(body);
  const files = uploadedFiles(body.files);
  if (!parsed.success || files === null) return { kind: 'malformed', message: MALFORMED };
  const p = parsed.data;
  const values = {
    la: p.la.trim(),
    laName: p.laName.trim(),
    day: p['asAt-day'].trim(),
    month: p['asAt-month'].trim(),
    year: p['asAt-year'].trim(),
  };
  const errors: ImportFormErrors = {};
  if (files.length === 0) errors.files = 'Select the files to import';
  const la = council(values, known, errors);
  const asAt = dateOf(values);
  if (asAt === null) errors.asAt = 'The “as at” date must be a real date, like 31 10 2026';
  if (la === null || asAt === null || errors.files) return { kind: 'invalid', values, errors };
  return { kind: 'ok', files: await Promise.all(files.map(sourceFile)), la, asAt };
}

/** The chosen files (none chosen sends one nameless, empty file); null when not files at all. */
function uploadedFiles(value: FormBody[string] | undefined): File[] | null {
  const all = value === undefined ? [] : Array.isArray(value) ? value : [value];
  if (!all.every((v): v is File => typeof v !== 'string')) return null;
  return all.filter((file) => file.name !== '' || file.size > 0);
}

async function sourceFile(file: File): Promise<SourceFile> {
  const name = file.name.split(/[\\/]/).pop() || 'upload';
  return { name, bytes: new Uint8Array(await file.arrayBuffer()) };
}

/** The council: one Outturn knows (renamed when a new name is given), or a new one named. */
function council(
  values: ImportFormValues,
  known: readonly LaRow[],
  errors: ImportFormErrors,
): LaRow | null {
  if (!CODE.test(values.la)) {
    errors.la =
      values.la === ''
        ? 'Enter the council’s code'
        : 'The council’s code must be up to 20 letters, digits, hyphens or underscores';
    return null;
  }
  const existing = known.find((la) => la.code === values.la);
  if (existing)
    return values.laName === '' ? existing : { code: existing.code, name: values.laName };
  if (values.laName !== '') return { code: values.la, name: values.laName };
  errors.laName = `Council ${values.la} is new to Outturn: enter its name`;
  return null;
}

function dateOf(values: ImportFormValues): Day | null {
  if (![values.day, values.month, values.year].every((n) => NUMBER.test(n))) return null;
  const [d, m, y] = [Number(values.day), Number(values.month), Number(values.year)];
  return y >= 1900 && isRealDate(y, m, d) ? dayOf(y, m, d) : null;
}
