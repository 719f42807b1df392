/**
 * Care leavers (Annex A List 9, SSDA903 OC3) as columns, one per child (the last record of a
 * child wins). Young people who have died or returned home (in touch: DIED, RHOM) are left out:
 * DfE's care leaver figures count those the council is in touch with, not in touch with, who
 * refuse contact and who no longer need services.
 */
import type { CareLeaver } from '../domain/index.ts';
import type { ChildIndex } from './children.ts';
import { NONE } from './columns.ts';

export interface LeaverColumns {
  child: Int32Array;
  /** The record's date of birth; `NONE` when blank. */
  birth: Int32Array;
  /** 1 where the activity is education, employment or training. */
  eet: Uint8Array;
  /** 1 where the accommodation is suitable. */
  suitable: Uint8Array;
}

const LEFT_OUT: ReadonlySet<string | null> = new Set(['DIED', 'RHOM']);

/**
 * SSDA903 activity codes in education, employment or training: F (full time) or P (part time)
 * then a digit — higher education (1), other education (2), training or employment (4),
 * apprenticeships (5). G codes are NEET; 0 or anything else is not known.
 */
const EET = /^[FP][0-9]$/;
/** An SSDA903 accommodation code: a letter, then 1 (suitable) or 2 (unsuitable). */
const SUITABLE_CODE = /^[A-Z]1$/;

export function isEet(activity: string | null): boolean {
  return activity !== null && EET.test(activity);
}

/** The suitability column when given, else an SSDA903 code ending in 1; not known is not. */
export function isSuitable(leaver: CareLeaver): boolean {
  if (leaver.accommodationSuitable !== null) return leaver.accommodationSuitable;
  return leaver.accommodation !== null && SUITABLE_CODE.test(leaver.accommodation);
}

export function leaverColumns(list: readonly CareLeaver[], children: ChildIndex): LeaverColumns {
  const child = children.column(list, (l) => l.childId);
  const latest = new Map(list.map((leaver, i) => [child[i]!, leaver]));
  const kept = [...latest].filter(([, leaver]) => !LEFT_OUT.has(leaver.inTouch));
  return {
    child: Int32Array.from(kept, ([child]) => child),
    birth: Int32Array.from(kept, ([, leaver]) => leaver.birthDate ?? NONE),
    eet: Uint8Array.from(kept, ([, leaver]) => (isEet(leaver.activity) ? 1 : 0)),
    suitable: Uint8Array.from(kept, ([, leaver]) => (isSuitable(leaver) ? 1 : 0)),
  };
}
