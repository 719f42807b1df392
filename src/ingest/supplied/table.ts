/**
 * Supplied values as a value table (ValueTable for a CSV file, ValueSheet for a workbook sheet),
 * adding to a read that may span several files.
 */
import type { ValueSheetKind } from '../value-sheet.ts';
import { checkRow } from './checks.ts';
import { SUPPLIED_FIELDS, type SuppliedFields } from './fields.ts';
import * as say from './messages.ts';
import { readRow } from './row.ts';
import type { SuppliedReadOptions, SuppliedValue } from './value.ts';

/** Values by indicator and period across the files of one read; a later row replaces an earlier. */
export class SuppliedValues {
  private readonly byKey = new Map<string, { value: SuppliedValue; file: string; row: number }>();

  /** Adds a value; returns where the one it replaces came from, if any. */
  add(value: SuppliedValue, file: string, row: number): { file: string; row: number } | null {
    const key = `${value.indicatorId}\u0000${value.window}\u0000${value.period}`;
    const earlier = this.byKey.get(key);
    this.byKey.set(key, { value, file, row });
    return earlier ? { file: earlier.file, row: earlier.row } : null;
  }

  /** The values, in the order their indicator and period were first given. */
  list(): SuppliedValue[] {
    return [...this.byKey.values()].map((entry) => entry.value);
  }
}

/** Supplied values as a value table: each row read and checked, a later duplicate winning. */
export function suppliedKind(
  values: SuppliedValues,
  options: SuppliedReadOptions,
): ValueSheetKind<SuppliedFields> {
  return {
    fields: SUPPLIED_FIELDS,
    noRows: say.NO_ROWS,
    sheetSkipped: say.sheetSkipped,
    titleRows: say.titleRows,
    take(cells, columns, row) {
      const read = readRow(cells, columns, options);
      const value = read && checkRow(cells, columns, read);
      if (!value) return;
      const earlier = values.add(value, cells.place.file, row);
      if (earlier) {
        const column = columns.period;
        cells.report(
          'warning',
          column,
          cells.raw(column),
          say.duplicate(earlier.file, earlier.row),
        );
      }
    },
  };
}
