/**
 * Finding a file's columns by name, whatever their case, spacing and punctuation, and with the
 * names councils' systems use for the same column.
 */
import { lowerAlphanumerics } from './lower-alphanumerics.ts';

export interface FieldSpec {
  /** The canonical header, as formats.md writes it. */
  header: string;
  /** Other names for the same column. */
  variants: readonly string[];
  /** Whether the file must have the column. */
  required: boolean;
}

export type FieldMap = Readonly<Record<string, FieldSpec>>;

/** Where a field is in a file: its index (-1 when absent) and its header as the file writes it. */
export interface Column {
  index: number;
  header: string;
}

export type Columns<F extends FieldMap> = { readonly [K in keyof F]: Column };

const BRACKETED = /\([^)]*\)/g;

/** A header's matching key: lowercase letters and digits only. */
export function normaliseHeader(text: string): string {
  return lowerAlphanumerics(text);
}

/** The key without bracketed parts, so "Date of Birth (dd/mm/yyyy)" matches "Date of Birth". */
function looseKey(text: string): string {
  return lowerAlphanumerics(text.replace(BRACKETED, ''));
}

/** A file's header row, indexed for lookups by normalised name. */
export class HeaderIndex {
  private readonly exact = new Map<string, number>();
  private readonly loose = new Map<string, number>();

  constructor(readonly headers: readonly string[]) {
    headers.forEach((header, index) => {
      addFirst(this.exact, normaliseHeader(header), index);
      addFirst(this.loose, looseKey(header), index);
    });
  }

  /** Whether any header normalises to `key`, with or without its bracketed parts. */
  has(key: string): boolean {
    return this.exact.has(key) || this.loose.has(key);
  }

  /** The field's column: an exact match on any of its names first, then a loose one. */
  find(spec: FieldSpec): Column | null {
    const names = [spec.header, ...spec.variants];
    const index =
      firstFound(this.exact, names.map(normaliseHeader)) ??
      firstFound(this.loose, names.map(looseKey));
    return index === undefined ? null : { index, header: this.headers[index] ?? spec.header };
  }
}

function addFirst(map: Map<string, number>, key: string, index: number): void {
  if (key !== '' && !map.has(key)) map.set(key, index);
}

function firstFound(map: ReadonlyMap<string, number>, keys: readonly string[]): number | undefined {
  for (const key of keys) {
    const index = map.get(key);
    if (index !== undefined) return index;
  }
  return undefined;
}

/**
 * Each field's column, resolved once per file. A field the file lacks gets index -1 and its
 * canonical header, and is passed to `onMissing`.
 */
export function resolveColumns<F extends FieldMap>(
  index: HeaderIndex,
  fields: F,
  onMissing: (spec: FieldSpec) => void,
): Columns<F> {
  const columns: Partial<Record<keyof F, Column>> = {};
  for (const name of Object.keys(fields) as (keyof F)[]) {
    const spec = fields[name];
    const found = spec ? index.find(spec) : null;
    if (spec && !found) onMissing(spec);
    columns[name] = found ?? { index: -1, header: spec?.header ?? String(name) };
  }
  return columns as Columns<F>;
}
