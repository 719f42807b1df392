/**
 * The checks between a row's figures: the value against its numerator and denominator, its
 * range, its confidence interval and base. Errors drop the row; warnings keep it.
 */
import type { CellReader } from '../cell-reader.ts';
import type { Columns } from '../header-match.ts';
import type { SuppliedFields } from './fields.ts';
import * as say from './messages.ts';
import { type ReadRow, windowDates } from './row.ts';
import type { SuppliedValue } from './value.ts';

type Cols = Columns<SuppliedFields>;

/** Largest difference accepted between a percentage and 100 x numerator / denominator. */
const PERCENT_TOLERANCE = 0.05;

/** The value the row supplies, with the checks between its figures reported; null on an error. */
export function checkRow(cells: CellReader, cols: Cols, row: ReadRow): SuppliedValue | null {
  const figures = figuresOf(cells, cols, row);
  if (figures === null) return null;
  const ci = checkCi(cells, cols, row, figures.value);
  if (row.def.survey && row.base === null) warn(cells, cols.base, '', say.NO_BASE);
  return {
    indicatorId: row.def.id,
    window: row.window.kind,
    period: row.window.period,
    ...windowDates(row.window),
    ...figures,
    base: row.base,
    ci,
    note: row.note,
  };
}

type Figures = Pick<SuppliedValue, 'value' | 'numerator' | 'denominator'>;

function figuresOf(cells: CellReader, cols: Cols, row: ReadRow): Figures | null {
  if (row.numerator !== null && row.denominator !== null && row.numerator > row.denominator) {
    return fail(cells, cols.numerator, cells.raw(cols.numerator), say.NUMERATOR_OVER);
  }
  return row.def.unit === 'percent'
    ? percentFigures(cells, cols, row)
    : countFigures(cells, cols, row);
}

function percentFigures(cells: CellReader, cols: Cols, row: ReadRow): Figures | null {
  const { numerator, denominator } = row;
  const computed =
    numerator !== null && denominator !== null && denominator > 0
      ? (100 * numerator) / denominator
      : null;
  const fraction = { numerator, denominator };
  if (row.value === null) {
    if (denominator === 0 && numerator !== null) return { value: null, ...fraction };
    if (computed === null) return fail(cells, cols.value, '', say.NO_VALUE);
    return { value: computed, ...fraction };
  }
  if (row.value < 0 || row.value > 100) {
    return fail(cells, cols.value, cells.raw(cols.value), say.PERCENT_RANGE);
  }
  if (computed !== null && Math.abs(row.value - computed) > PERCENT_TOLERANCE) {
    warn(cells, cols.value, cells.raw(cols.value), say.disagrees(computed));
  }
  return { value: row.value, ...fraction };
}

/** For counts the numerator is the count and the denominator null, as for computed counts. */
function countFigures(cells: CellReader, cols: Cols, row: ReadRow): Figures | null {
  const value = row.value ?? row.numerator;
  if (value === null) return fail(cells, cols.value, '', say.NO_VALUE);
  if (value < 0) return fail(cells, cols.value, cells.raw(cols.value), say.NEGATIVE);
  if (row.numerator !== null && row.numerator !== value) {
    warn(cells, cols.numerator, cells.raw(cols.numerator), say.countDisagrees(row.numerator));
  }
  return { value, numerator: value, denominator: null };
}

function checkCi(
  cells: CellReader,
  cols: Cols,
  row: ReadRow,
  value: number | null,
): SuppliedValue['ci'] {
  const { ciLower: lower, ciUpper: upper } = row;
  if (lower === null && upper === null) return null;
  if (lower === null || upper === null) {
    const column = lower === null ? cols.ciUpper : cols.ciLower;
    warn(cells, column, cells.raw(column), say.CI_HALF);
    return null;
  }
  if (!row.def.survey) warn(cells, cols.ciLower, cells.raw(cols.ciLower), say.CI_NOT_SURVEY);
  if (value !== null && (lower > value || upper < value)) {
    const column = lower > value ? cols.ciLower : cols.ciUpper;
    warn(cells, column, cells.raw(column), say.CI_OUTSIDE);
  }
  return { lower, upper };
}

function warn(cells: CellReader, column: Cols[keyof Cols], value: string, message: string): void {
  cells.report('warning', column, value, message);
}

function fail(cells: CellReader, column: Cols[keyof Cols], value: string, message: string): null {
  cells.report('error', column, value, message);
  return null;
}
