/** Which Annex A list a file or sheet holds: by its name (`List 3.csv`), else by its headers. */
import { type HeaderIndex, normaliseHeader } from '../header-match.ts';
import { ANNEX_A_HEADERS, ANNEX_A_LISTS, type AnnexAList } from './headers.ts';
import { LIST_READERS } from './lists.ts';

const LIST_IN_NAME = /(?:^|[^a-z])list[\s_.-]*0?(1[01]|[1-9])(?!\d)/i;

/** The list a file or sheet name gives (`List 3.csv`, `list_3_referrals.csv`, `List3`), if any. */
export function listFromName(name: string): AnnexAList | null {
  const base = name.split(/[\\/]/).pop() ?? name;
  const number = Number(LIST_IN_NAME.exec(base)?.[1]);
  return ANNEX_A_LISTS.find((list) => list === number) ?? null;
}

/** Each list's headers that no other list has (canonical names and known variants). */
const SIGNATURES: ReadonlyMap<AnnexAList, readonly string[]> = distinctive(
  new Map(ANNEX_A_LISTS.map((list) => [list, headerKeys(list)])),
);

function headerKeys(list: AnnexAList): Set<string> {
  const names = [...ANNEX_A_HEADERS[list], ...(LIST_READERS[list]?.names ?? [])];
  return new Set(names.map(normaliseHeader));
}

function distinctive(keys: ReadonlyMap<AnnexAList, Set<string>>): Map<AnnexAList, string[]> {
  const lists = new Map<string, number>();
  for (const set of keys.values()) for (const key of set) lists.set(key, (lists.get(key) ?? 0) + 1);
  return new Map(
    [...keys].map(([list, set]) => [list, [...set].filter((k) => lists.get(k) === 1)]),
  );
}

/** The list whose distinctive headers the table has most of; null when none or a tie. */
export function listFromHeaders(headers: HeaderIndex): AnnexAList | null {
  let best: AnnexAList | null = null;
  let bestScore = 0;
  let tied = false;
  for (const [list, signature] of SIGNATURES) {
    const score = signature.filter((key) => headers.has(key)).length;
    if (score === bestScore) tied = true;
    if (score > bestScore) [best, bestScore, tied] = [list, score, false];
  }
  return tied || bestScore === 0 ? null : best;
}

/** The distinctive headers of a list, for tests and messages. */
export function signatureOf(list: AnnexAList): readonly string[] {
  return SIGNATURES.get(list) ?? [];
}
