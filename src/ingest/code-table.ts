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
/** Slots of the cache in front of each memo: a power of two, more than a column's spellings. */
const CACHE_SLOTS = 64;

/** `"a)  Not  Known"` → `"not known"`: lowercase, without the Annex A letter prefix. */
export function codeWords(text: string): string {
  return text.toLowerCase().replace(LETTER_PREFIX, '').replace(SPACES, ' ').trim();
}

/** A remembered spelling and its answer. */
interface Known<T> {
  text: string;
  value: T;
}

/**
 * Remembers `read` for up to `limit` distinct texts. Each cell is a new string, which a Map
 * must hash whole (a code's spelling runs to 50 characters); a cache slot chosen by the text's
 * length and two of its characters usually holds the same spelling, and comparing with it is
 * about twice as fast. The Map answers when the slot holds another.
 */
export function memoised<T>(read: (text: string) => T, limit = MEMO_LIMIT): (text: string) => T {
  const memo = new Map<string, Known<T>>();
  const cache: (Known<T> | undefined)[] = new Array(CACHE_SLOTS);
  return (text) => {
    const slot = cacheSlot(text);
    const cached = cache[slot];
    if (cached !== undefined && cached.text === text) return cached.value;
    const known = memo.get(text);
    if (known === undefined) return remember(memo, limit, text, read);
    cache[slot] = known;
    return known.value;
  };
}

/** Where a text goes in a memo's cache. */
function cacheSlot(text: string): number {
  const length = text.length;
  return (
    (length * 31 + text.charCodeAt(length >> 1) * 7 + text.charCodeAt(length - 1)) &
    (CACHE_SLOTS - 1)
  );
}

/**
 * The answer for a text not in the memo, kept while the memo has room. The memo keeps, and
 * reads, a copy: V8 makes a cell papaparse cuts from a file's text (13 characters or more) a
 * view into that text, and a module's code readers live as long as the process, so remembering
 * the cell itself kept whole decoded files alive (164 MB after reading the large council, 12 MB
 * with copies); a table's shared texts go into records.
 */
function remember<T>(
  memo: Map<string, Known<T>>,
  limit: number,
  text: string,
  read: (text: string) => T,
): T {
  if (memo.size >= limit) return read(text);
  const own = structuredClone(text);
  const value = read(own);
  memo.set(own, { text: own, value });
  return value;
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
