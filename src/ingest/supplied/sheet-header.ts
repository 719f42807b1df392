/** Whether a workbook row is the header of a supplied-values table, and which columns it reads. */
import { HeaderIndex, resolveColumns } from '../header-match.ts';
import { SUPPLIED_FIELDS } from './fields.ts';

/** The indexes of the supplied columns the row names, or null when it lacks a required one. */
export function suppliedColumns(headers: readonly string[]): Set<number> | null {
  let complete = true;
  const index = new HeaderIndex(headers.map((h) => h.trim()));
  const columns = resolveColumns(index, SUPPLIED_FIELDS, (spec) => {
    if (spec.required) complete = false;
  });
  if (!complete) return null;
  return new Set(Object.values(columns).flatMap((c) => (c.index < 0 ? [] : [c.index])));
}
