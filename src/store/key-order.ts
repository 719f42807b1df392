/**
 * Rows put in key order, one per key, without comparing row objects: a rank for each distinct
 * child id (the distinct ids sorted once), a counting sort of the rows by rank, and within each
 * child's few rows an insertion sort by date. Merging two million rows this way takes a small
 * fraction of a string-keyed map and a comparator sort.
 */

import { TextIndex } from '../ingest/index.ts';

/** Key columns: a text id, and optionally a `yyyy-mm-dd` date (as the row mappers write it). */
type KeyColumns<R> = readonly (keyof R & string)[];

const DATE_TEXT = /^\d{4}-\d{2}-\d{2}$/;

/** The digit at `i` of `text`. */
function digit(text: string, i: number): number {
  return text.charCodeAt(i) - 48;
}

/** `yyyy-mm-dd` as a number in the same order (not a day count): (year·16 + month)·32 + day. */
function dateOrder(text: string): number {
  const year = digit(text, 0) * 1000 + digit(text, 1) * 100 + digit(text, 2) * 10 + digit(text, 3);
  const month = digit(text, 5) * 10 + digit(text, 6);
  return (year * 16 + month) * 32 + digit(text, 8) * 10 + digit(text, 9);
}

/** Each row's id rank: its place among the distinct ids in code-unit order. */
function idRanks<R>(rows: readonly R[], column: keyof R): { ranks: Int32Array; distinct: number } {
  const index = new TextIndex();
  const distinct: string[] = [];
  const ranks = new Int32Array(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const id = rows[i]![column] as string;
    const at = index.getOrAdd(id);
    if (at === -1) ranks[i] = distinct.push(id) - 1;
    else ranks[i] = at;
  }
  const sorted = distinct.slice().sort();
  const rankOfIndex = new Int32Array(sorted.length);
  for (let r = 0; r < sorted.length; r++) rankOfIndex[index.get(sorted[r]!)] = r;
  for (let i = 0; i < ranks.length; i++) ranks[i] = rankOfIndex[ranks[i]!]!;
  return { ranks, distinct: sorted.length };
}

/** Row indexes grouped by rank (stable); `starts[r]` is where rank r's rows begin. */
function byRank(ranks: Int32Array, distinct: number): { order: Int32Array; starts: Int32Array } {
  const starts = new Int32Array(distinct + 1);
  for (let i = 0; i < ranks.length; i++) starts[ranks[i]! + 1]!++;
  for (let r = 0; r < distinct; r++) starts[r + 1]! += starts[r]!;
  const next = starts.slice(0, distinct);
  const order = new Int32Array(ranks.length);
  for (let i = 0; i < ranks.length; i++) order[next[ranks[i]!]!++] = i;
  return { order, starts };
}

/** Sorts each rank's stretch of `order` by `dates` (insertion sort: stretches are short; stable). */
function sortWithinRanks(order: Int32Array, starts: Int32Array, dates: Float64Array): void {
  for (let r = 0; r + 1 < starts.length; r++) {
    for (let i = starts[r]! + 1; i < starts[r + 1]!; i++) {
      const row = order[i]!;
      const date = dates[row]!;
      let j = i - 1;
      while (j >= starts[r]! && dates[order[j]!]! > date) {
        order[j + 1] = order[j]!;
        j--;
      }
      order[j + 1] = row;
    }
  }
}

/** The old way, for keys of another shape: a string per key, a map, a comparator sort. */
function lastByStringKey<R>(rows: readonly R[], key: KeyColumns<R>): R[] {
  const byKey = new Map<string, R>();
  for (const row of rows) byKey.set(key.map((c) => row[c]).join('\u0000'), row);
  const entries = [...byKey.entries()];
  entries.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return entries.map((entry) => entry[1]);
}

function datesOf<R>(rows: readonly R[], column: keyof R): Float64Array | null {
  const dates = new Float64Array(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const text = rows[i]![column];
    if (typeof text !== 'string' || !DATE_TEXT.test(text)) return null;
    dates[i] = dateOrder(text);
  }
  return dates;
}

/**
 * One row per key, the last one given winning whole (as the last row of a file does), in key
 * order (ids in code-unit order, then dates): index pages then fill in turn, not at random.
 */
export function lastByKeyInOrder<R>(rows: readonly R[], key: KeyColumns<R>): R[] {
  if (rows.length === 0) return [];
  const [idColumn, dateColumn] = key;
  if (idColumn === undefined || key.length > 2) return lastByStringKey(rows, key);
  if (!rows.every((row) => typeof row[idColumn] === 'string')) return lastByStringKey(rows, key);
  const dates =
    dateColumn === undefined ? new Float64Array(rows.length) : datesOf(rows, dateColumn);
  if (dates === null) return lastByStringKey(rows, key);
  const { ranks, distinct } = idRanks(rows, idColumn);
  const { order, starts } = byRank(ranks, distinct);
  sortWithinRanks(order, starts, dates);
  const out: R[] = [];
  for (let i = 0; i < order.length; i++) {
    const row = order[i]!;
    const next = order[i + 1];
    // Equal keys sit together in the order given: keep the last of them.
    if (next !== undefined && ranks[next] === ranks[row] && dates[next] === dates[row]) continue;
    out.push(rows[row]!);
  }
  return out;
}
