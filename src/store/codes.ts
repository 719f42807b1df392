/** Stored codes read back into their types, checked: an unknown code means a corrupt database. */
import type { ToleranceKind } from '../assess/index.ts';
import type { Gender, LegalStatus, NewEpisodeReason } from '../domain/index.ts';

export const GENDERS: readonly Gender[] = ['male', 'female', 'other', 'unknown'];

export const LEGAL_STATUSES: readonly LegalStatus[] = [
  'C1',
  'C2',
  'D1',
  'E1',
  'V2',
  'V3',
  'V4',
  'L1',
  'L2',
  'L3',
  'J1',
  'J2',
  'J3',
];

export const NEW_EPISODE_REASONS: readonly NewEpisodeReason[] = ['S', 'L', 'P', 'T', 'B', 'U'];

export const TOLERANCE_KINDS: readonly ToleranceKind[] = ['absolute', 'relative'];

/** `text` as one of `allowed`; throws on a code the program does not know. */
export function member<T extends string>(allowed: readonly T[], text: string): T {
  const found = allowed.find((value) => value === text);
  if (found === undefined) throw new Error(`unexpected code ${text} in the database`);
  return found;
}

/** As `member`, with a blank staying blank. */
export function optionalMember<T extends string>(
  allowed: readonly T[],
  text: string | null,
): T | null {
  return text === null ? null : member(allowed, text);
}
