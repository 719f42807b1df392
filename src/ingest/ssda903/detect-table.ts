/** Which SSDA903 table a file holds: by its name (`episodes.csv`, `Episodes 2024.csv`), else by its headers. */
import { type HeaderIndex, normaliseHeader } from '../header-match.ts';
import { type Ssda903TableName, TABLE_FIELDS, TABLE_NAMES } from './fields.ts';

const NAME_PATTERNS: Readonly<Record<Ssda903TableName, RegExp>> = {
  Header: /(?:^|[^a-z])headers?(?![a-z])/i,
  Episodes: /(?:^|[^a-z])episodes?(?![a-z])/i,
  UASC: /(?:^|[^a-z])uasc(?![a-z])/i,
  OC3: /(?:^|[^a-z0-9])oc3(?![0-9])/i,
  Missing: /(?:^|[^a-z])missing(?![a-z])/i,
  Reviews: /(?:^|[^a-z])reviews?(?![a-z])/i,
};

/** The table a file name gives; null when it names none, or more than one (`missing episodes`). */
export function tableFromName(name: string): Ssda903TableName | null {
  const base = name.split(/[\\/]/).pop() ?? name;
  const found = TABLE_NAMES.filter((table) => NAME_PATTERNS[table].test(base));
  return found.length === 1 ? (found[0] ?? null) : null;
}

/** Each table's header keys that no other table has. */
const SIGNATURES: ReadonlyMap<Ssda903TableName, readonly string[]> = distinctive();

function headerKeys(table: Ssda903TableName): Set<string> {
  const specs = Object.values(TABLE_FIELDS[table]);
  return new Set(specs.flatMap((spec) => [spec.header, ...spec.variants]).map(normaliseHeader));
}

function distinctive(): Map<Ssda903TableName, string[]> {
  const keys = new Map(TABLE_NAMES.map((table) => [table, headerKeys(table)]));
  const tables = new Map<string, number>();
  for (const set of keys.values())
    for (const key of set) tables.set(key, (tables.get(key) ?? 0) + 1);
  return new Map(
    [...keys].map(([table, set]) => [table, [...set].filter((k) => tables.get(k) === 1)]),
  );
}

/** The table whose distinctive headers the file has most of; null when none or a tie. */
export function tableFromHeaders(headers: HeaderIndex): Ssda903TableName | null {
  let best: Ssda903TableName | null = null;
  let bestScore = 0;
  let tied = false;
  for (const [table, signature] of SIGNATURES) {
    const score = signature.filter((key) => headers.has(key)).length;
    if (score === bestScore) tied = true;
    if (score > bestScore) [best, bestScore, tied] = [table, score, false];
  }
  return tied || bestScore === 0 ? null : best;
}
