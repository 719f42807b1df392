/**
 * Targets as a value table (ValueTable for a CSV file, ValueSheet for a workbook sheet), adding
 * to a read that may span several files.
 */
import type { Issue } from '../../domain/index.ts';
import type { ValueSheetKind } from '../value-sheet.ts';
import { TARGET_FIELDS, type TargetFields } from './fields.ts';
import * as say from './messages.ts';
import { readTargetRow } from './row.ts';
import type { ReadTarget, TargetReadOptions } from './target.ts';

/** The targets of one read, in the order given; one per indicator and financial year. */
export class TargetsRead {
  private readonly byKey = new Map<string, { target: ReadTarget; file: string; row: number }>();
  /** Files already told how a bare year is read. */
  private readonly toldBare = new Set<string>();

  constructor(
    readonly issues: Issue[],
    readonly options: TargetReadOptions,
  ) {}

  /** Adds a target; returns where an earlier one for the same indicator and year came from. */
  add(target: ReadTarget, file: string, row: number): { file: string; row: number } | null {
    const key = `${target.indicatorId}\u0000${target.financialYear}`;
    const earlier = this.byKey.get(key);
    if (earlier) return { file: earlier.file, row: earlier.row };
    this.byKey.set(key, { target, file, row });
    return null;
  }

  /** True the first time a file shows a bare year (it is told once how it is read). */
  firstBare(file: string): boolean {
    if (this.toldBare.has(file)) return false;
    this.toldBare.add(file);
    return true;
  }

  list(): ReadTarget[] {
    return [...this.byKey.values()].map((entry) => entry.target);
  }
}

/** Targets as a value table: each row read, its bare year explained once, duplicates refused. */
export function targetKind(read: TargetsRead): ValueSheetKind<TargetFields> {
  return {
    fields: TARGET_FIELDS,
    noRows: say.NO_ROWS,
    sheetSkipped: say.sheetSkipped,
    take(cells, columns, row) {
      const target = readTargetRow(cells, columns, read.options);
      if (!target) return;
      const year = columns.financialYear;
      const file = cells.place.file;
      if (target.year.bare && read.firstBare(file)) {
        cells.report('warning', year, cells.raw(year), say.bareYear(target.year.year));
      }
      const earlier = read.add(target.target, file, row);
      if (earlier) {
        cells.report('error', year, cells.raw(year), say.duplicate(earlier.file, earlier.row));
      }
    },
  };
}
