/**
 * Reading coded cells (`a) Yes`, `Y`, `TRUE`) by looking up their words, with the answer for
 * each spelling remembered so a column of a million cells costs a few hundred lookups.
 */

/** The answer for a cell that holds no value the column allows. */
export const UNREADABLE: unique symbol = Symbol('unreadable');
export type Unreadable = typeof UNREADABLE;

const LETTER_PREFIX = /^\(?[a-z][).]\s*/;
const SPACES = /\s+/g;
/** Spellings remembered per column kind; beyond this, new spellings are worked out each time. */
const MEMO_LIMIT = 1000;

/** `"a)  Not  Known"` → `"not known"`: lowercase, without the Annex A letter prefix. */
export function codeWords(text: string): string {
  return text.toLowerCase().replace(LETTER_PREFIX, '').replace(SPACES, ' ').trim();
}

/** Remembers `read` for up to MEMO_LIMIT distinct texts. */
export function memoised<T>(read: (text: string) => T): (text: string) => T {
  const memo = new Map<string, { value: T }>();
  return (text) => {
    const hit = memo.get(text);
    if (hit) return hit.value;
    const value = read(text);
    if (memo.size < MEMO_LIMIT) memo.set(text, { value });
    return value;
  };
}

/** A reader for a column whose values are words from `table` (keys as `codeWords` gives them). */
export function codeReader<T extends string | number | boolean | null>(
  table: ReadonlyMap<string, T>,
): (text: string) => T | Unreadable {
  return memoised((text) => {
    const value = table.get(codeWords(text));
    return value === undefined ? UNREADABLE : value;
  });
}
