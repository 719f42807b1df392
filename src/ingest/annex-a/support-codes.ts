/** Suitability of a care leaver's accommodation (List 9), in its common spellings. */
import { codeReader } from '../code-table.ts';

export const NOT_SUITABILITY = 'Cannot read this as suitability: use Suitable or Unsuitable.';

/** `a) Suitable`, `Yes`, `1` → true; `b) Unsuitable`, `No`, `2` → false; `Not known` → null. */
export const parseSuitability = codeReader(
  new Map<string, boolean | null>([
    ...['suitable', 'yes', 'y', '1', 'true'].map((w): [string, boolean] => [w, true]),
    ...['unsuitable', 'not suitable', 'no', 'n', '2', 'false'].map((w): [string, boolean] => [
      w,
      false,
    ]),
    ['unknown', null],
    ['not known', null],
  ]),
);
