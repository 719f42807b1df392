/**
 * Codes of Lists 6 and 9 in their common spellings: `N1`, `a) N1 Abuse or neglect`, `RC8`,
 * `a) Yes`, `F1) Full time in higher education`, `a) Suitable`.
 */
import type { CellReader } from '../cell-reader.ts';
import { codeReader, memoised, UNREADABLE, type Unreadable } from '../code-table.ts';
import type { Column } from '../header-match.ts';

const NEED = /\bN([0-9])\b/i;
const CLOSURE = /\bRC([1-9])\b/i;
/** An SSDA903-style code written before the words: `B) With parents`, `F1) Full time ...`. */
const LEADING_CODE = /^([A-Z][0-9]?|0)\)/;
const PLAIN_CODE = /^([A-Z][0-9]?|0)$/i;

export const NOT_PRIMARY_NEED =
  'Cannot read this as a primary need code: use N0 to N9 (such as "N1" or "a) N1 Abuse or neglect").';
export const NOT_CLOSURE_REASON =
  'Cannot read this as a reason for closure: use RC1 to RC9 (such as "RC8" or "RC8) Case closed after assessment").';
export const NOT_IN_TOUCH =
  'Cannot read this as "in touch": use Yes, No, Refuses contact, No longer required, Returned home or Died.';
export const NOT_SUITABILITY = 'Cannot read this as suitability: use Suitable or Unsuitable.';

/** `N1`, `a) N1 Abuse or neglect`, `N1) Abuse or neglect` → `N1`. */
export const parsePrimaryNeed = memoised((text: string): string | Unreadable => {
  const digit = NEED.exec(text)?.[1];
  return digit === undefined ? UNREADABLE : `N${digit}`;
});

/** `RC8`, `RC8) Case closed ...`, `h) RC8 ...` → `RC8`. */
export const parseClosureReason = memoised((text: string): string | Unreadable => {
  const digit = CLOSURE.exec(text)?.[1];
  return digit === undefined ? UNREADABLE : `RC${digit}`;
});

/** Whether the council is in touch, as an SSDA903 IN_TOUCH code. */
export const parseInTouch = codeReader(
  new Map<string, string>([
    ...['yes', 'y', '1', 'true'].map((w): [string, string] => [w, 'YES']),
    ...['no', 'n', '0', 'false'].map((w): [string, string] => [w, 'NO']),
    ...['refu', 'refuses contact', 'young person refuses contact', 'refused'].map(
      (w): [string, string] => [w, 'REFU'],
    ),
    ...['nreq', 'no longer required', 'not required', 'la no longer required to be in touch'].map(
      (w): [string, string] => [w, 'NREQ'],
    ),
    ...['rhom', 'returned home', 'young person has returned home'].map((w): [string, string] => [
      w,
      'RHOM',
    ]),
    ...['died', 'young person has died'].map((w): [string, string] => [w, 'DIED']),
  ]),
);

/** `a) Suitable`, `Yes`, `1` → true; `b) Unsuitable`, `No`, `2` → false; `Not known` → null. */
export const parseSuitability = codeReader(
  new Map<string, boolean | null>([
    ...['suitable', 'yes', 'y', '1', 'true'].map((w): [string, boolean] => [w, true]),
    ...['unsuitable', 'not suitable', 'no', 'n', '2', 'false'].map((w): [string, boolean] => [
      w,
      false,
    ]),
    ['unknown', null],
    ['not known', null],
  ]),
);

/** The code of `B) With parents` or `b1` (upper case); other text as written. */
export function leadingCode(text: string): string {
  const code = LEADING_CODE.exec(text)?.[1] ?? PLAIN_CODE.exec(text)?.[1];
  return code === undefined ? text : code.toUpperCase();
}

/** A cell holding a code before its words, or words alone; null when blank. */
export function codeOrText(cells: CellReader, column: Column): string | null {
  const text = cells.text(column);
  return text === null ? null : leadingCode(text);
}
