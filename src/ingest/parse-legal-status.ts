/**
 * Legal status: an SSDA903 code anywhere in the text (`e) Accommodated under S20 (V2)`), or the
 * Annex A wording read by its key words (`a) Interim care order` → C1).
 */
import type { LegalStatus } from '../domain/index.ts';
import { memoised, UNREADABLE, type Unreadable } from './code-table.ts';
import { lowerAlphanumerics } from './lower-alphanumerics.ts';

/** A spreadsheet formula (`=C1`) is never read as the code it mentions. */
const FORMULA_START = /^[=+\-@]/;
const CODE = /(?:^|[^a-z0-9])(c[12]|d1|e1|v[234]|l[123]|j[123])(?![a-z0-9])/i;

/**
 * A status and the word groups its wording must contain (any word of each group will do),
 * tried in order: the specific orders before the general "care order" and "accommodated".
 */
type Rule = readonly [LegalStatus, ...(readonly string[])[]];

const RULES: readonly Rule[] = [
  ['C1', ['interimcare']],
  ['E1', ['placementorder']],
  ['D1', ['freeing']],
  ['V4', ['shortbreak'], ['agreement']],
  ['V3', ['shortbreak']],
  ['L1', ['policeprotection', 'policepowers']],
  ['L2', ['emergencyprotection']],
  ['L3', ['childassessmentorder']],
  ['J1', ['remand']],
  ['J2', ['custody', 'pace']],
  ['J3', ['criminal', 'supervisionorder', 'sentenced']],
  ['C2', ['fullcare', 'careorder']],
  ['V2', ['section20', 's20', 'accommodated']],
];

/** The legal status the text names, or UNREADABLE. */
export const parseLegalStatus: (text: string) => LegalStatus | Unreadable = memoised((text) =>
  FORMULA_START.test(text)
    ? UNREADABLE
    : (codeIn(text) ?? statusFromWords(lowerAlphanumerics(text)) ?? UNREADABLE),
);

function codeIn(text: string): LegalStatus | null {
  const code = CODE.exec(text)?.[1]?.toUpperCase();
  return code === undefined ? null : (RULES.find(([status]) => status === code)?.[0] ?? null);
}

function statusFromWords(words: string): LegalStatus | null {
  const rule = RULES.find(([, ...groups]) =>
    groups.every((group) => group.some((word) => words.includes(word))),
  );
  return rule?.[0] ?? null;
}
