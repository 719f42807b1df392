/**
 * Telling a sheet's header row from title rows above it, and which of its columns a list reads.
 */
import { HeaderIndex, normaliseHeader } from '../header-match.ts';
import { ANNEX_A_HEADERS, ANNEX_A_LISTS, type AnnexAList } from './headers.ts';
import { LIST_READERS } from './lists.ts';

const BRACKETED = /\([^)]*\)/g;
/** A header row names at least this many known Annex A columns; a title row does not. */
const HEADER_MIN_KNOWN = 2;

const KNOWN = new Set(
  ANNEX_A_LISTS.flatMap((list) => [...ANNEX_A_HEADERS[list], ...(LIST_READERS[list]?.names ?? [])])
    .flatMap((name) => [normaliseHeader(name), normaliseHeader(name.replace(BRACKETED, ''))])
    .filter((key) => key !== ''),
);

/** Whether a row's cells look like Annex A column headers. */
export function looksLikeHeader(cells: readonly string[]): boolean {
  let known = 0;
  for (const cell of cells) {
    if (KNOWN.has(normaliseHeader(cell)) || KNOWN.has(normaliseHeader(cell.replace(BRACKETED, ''))))
      known += 1;
  }
  return known >= HEADER_MIN_KNOWN;
}

/** The indexes of the columns the list's reader takes values from (none for lists not read). */
export function columnsRead(list: AnnexAList, headers: readonly string[]): Set<number> {
  const index = new HeaderIndex(headers.map((header) => header.trim()));
  const read = new Set<number>();
  for (const name of LIST_READERS[list]?.names ?? []) {
    const column = index.find({ header: name, variants: [], required: false });
    if (column) read.add(column.index);
  }
  return read;
}
