/** Yes/no and gender codes, in the spellings Annex A, the CIN census and SSDA903 use. */
import type { Gender } from '../domain/index.ts';
import { codeReader } from './code-table.ts';

const YES_NO = new Map<string, boolean | null>([
  ['yes', true],
  ['y', true],
  ['1', true],
  ['true', true],
  ['no', false],
  ['n', false],
  ['0', false],
  ['false', false],
  ['unknown', null],
  ['not known', null],
  ['u', null],
]);

const GENDERS = new Map<string, Gender>([
  ['male', 'male'],
  ['m', 'male'],
  ['1', 'male'],
  ['female', 'female'],
  ['f', 'female'],
  ['2', 'female'],
  ['unknown', 'unknown'],
  ['not known', 'unknown'],
  ['not stated', 'unknown'],
  ['not stated/recorded', 'unknown'],
  ['u', 'unknown'],
  ['0', 'unknown'],
  ['9', 'unknown'],
  ['neither', 'other'],
  ['other', 'other'],
  ['indeterminate', 'other'],
  ['3', 'other'],
]);

/** `a) Yes`, `Yes`, `Y`, `1`, `TRUE` → true; `b) No`, `N`, `0`, `FALSE` → false; `Unknown` → null. */
export const parseYesNo = codeReader(YES_NO);

/** `a) Male`, `M`, `1`; `b) Female`, `F`, `2`; `c) Unknown`, `U`, `0`, `9`; `d) Neither`, `Other`, `3`. */
export const parseGender = codeReader(GENDERS);
