/**
 * One code set, read the same way from every format: a DfE code (`NEG`, `N1`, `RC8`, `U1`) is
 * kept whatever it is written with — `a) Neglect`, `Neglect`, `neg`, `N1) Abuse or neglect`,
 * `a) N1 Abuse or neglect`, `U1: Foster placement ...`. What cannot be read as a code of the set
 * is kept as written, with a warning naming the cell.
 */
import type { CellReader } from './cell-reader.ts';
import { memoised, UNREADABLE, type Unreadable } from './code-table.ts';
import type { Column } from './header-match.ts';

export interface CodeSet {
  /** What the codes are, for messages: "a category of abuse". */
  name: string;
  /** The canonical codes, upper case. */
  codes: readonly string[];
  /** Words each code is written with (lower case, single spaces), when the code is not given. */
  words?: Readonly<Record<string, readonly string[]>>;
  /** Examples for the message: `NEG, PHY, SAB, EMO or MUL`. */
  hint: string;
}

/** A code set ready to read text. */
export interface CodeReader {
  set: CodeSet;
  /** The canonical code of `text`, or UNREADABLE. */
  read: (text: string) => string | Unreadable;
  /** The warning for a value that is not a code of the set. */
  unknown: string;
}

/** An Annex A option letter: `a) `, `(b) `, `zz) `, `p1) `, written in lower case. */
const OPTION_LETTER = /^\(?[a-z]{1,2}[0-9]?\)\s*/;
/** An option letter in either case, tried last: `A) Yes`. */
const ANY_OPTION_LETTER = /^\(?[a-z]\)\s*/i;
/** The first word when it stands alone or before `:`, `)`, ` - `: `N1`, `U1`, `1A`, `E4A`. */
const LEADING_TOKEN = /^([a-z0-9]+)(?=$|[\s:).,-])/i;

/** `"Child’s  disability."` → `"child's disability"`. */
function words(text: string): string {
  return text
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/\s+/g, ' ')
    .replace(/[.\s]+$/, '')
    .trim();
}

export function codeSetReader(set: CodeSet): CodeReader {
  const codes = new Set(set.codes);
  const byWords = new Map<string, string>();
  for (const [code, spellings] of Object.entries(set.words ?? {})) {
    for (const spelling of spellings) byWords.set(words(spelling), code);
  }
  const token = (text: string) => {
    const found = LEADING_TOKEN.exec(text)?.[1]?.toUpperCase();
    return found !== undefined && codes.has(found) ? found : undefined;
  };
  const read = (text: string): string | Unreadable => {
    const exact = text.trim().toUpperCase();
    if (codes.has(exact)) return exact;
    const bare = text.trim().replace(OPTION_LETTER, '');
    const found = byWords.get(words(bare)) ?? token(bare) ?? token(text.trim());
    if (found !== undefined) return found;
    const stripped = bare.replace(ANY_OPTION_LETTER, '');
    return byWords.get(words(stripped)) ?? token(stripped) ?? UNREADABLE;
  };
  return {
    set,
    read: memoised(read),
    unknown: `This is not ${set.name} Outturn knows (${set.hint}): it is kept as written.`,
  };
}

/** A cell of codes: the canonical code; unknown text kept as written, with a warning. */
export function cellCode(cells: CellReader, column: Column, reader: CodeReader): string | null {
  const text = cells.unsharedText(column);
  if (text === null) return null;
  const code = reader.read(text);
  if (code !== UNREADABLE) return code;
  cells.report('warning', column, text, reader.unknown);
  return cells.share(text);
}

/** As `cellCode`, for a cell every row must fill: blank is an error. */
export function requiredCellCode(
  cells: CellReader,
  column: Column,
  reader: CodeReader,
): string | null {
  return cells.raw(column) === '' ? cells.requiredText(column) : cellCode(cells, column, reader);
}
