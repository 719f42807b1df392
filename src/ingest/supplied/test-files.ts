/** Synthetic supplied-values CSV files for tests. */
import type { SourceFile } from '../read-result.ts';
import { readSuppliedValues } from './read-csv.ts';

export const HEADER = 'indicator,period,value,numerator,denominator,base,ci_lower,ci_upper,note';

export function csv(name: string, ...lines: string[]): SourceFile {
  return { name, bytes: new TextEncoder().encode(`${lines.join('\r\n')}\r\n`) };
}

/** Reads one file of the given lines (header first) with `referrals` as a computed id. */
export function read(lines: string[], allowOverride = false) {
  return readSuppliedValues([csv('values.csv', ...lines)], {
    computedIds: new Set(['referrals', 'cpp_open']),
    allowOverride,
  });
}
