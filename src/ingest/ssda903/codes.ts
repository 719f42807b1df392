import { UNREADABLE, type Unreadable } from '../code-table.ts';

/** S started, L legal status change, P placement and carer, T placement same carer, B all, U status and placement. */
export type Rne = 'S' | 'L' | 'P' | 'T' | 'B' | 'U';

/** REC meaning the episode ended and another began the same day: the child stayed in care. */
export const CONTINUES = 'X1';

const RNES: ReadonlySet<string> = new Set<Rne>(['S', 'L', 'P', 'T', 'B', 'U']);
const CEASED = /^E[0-9A-Z]{1,3}$/;

export const NOT_RNE = 'Cannot read this as a reason for new episode: use S, L, P, T, B or U.';
export const NOT_REC =
  'Cannot read this as a reason episode ceased: use X1 or a code starting with E (such as E11, E4A).';
export const NOT_MISSING = 'Cannot read this as a missing or absence episode: use M or A.';

/** The RNE code written in `text`, or UNREADABLE. */
export function parseRne(text: string): Rne | Unreadable {
  const code = text.toUpperCase();
  return RNES.has(code) ? (code as Rne) : UNREADABLE;
}

/** The REC code written in `text` (X1, or E followed by up to three letters or digits), or UNREADABLE. */
export function parseReasonEnded(text: string): string | Unreadable {
  const code = text.toUpperCase();
  return code === CONTINUES || CEASED.test(code) ? code : UNREADABLE;
}

/** Missing table: M missing, A absent. */
export function parseMissingKind(text: string): 'M' | 'A' | Unreadable {
  const code = text.toUpperCase();
  return code === 'M' || code === 'A' ? code : UNREADABLE;
}
