/** One row of a targets file read into a target; every cell that cannot be read is reported. */
import type { IndicatorDefinition } from '../../domain/index.ts';
import type { CellReader } from '../cell-reader.ts';
import type { Column, Columns } from '../header-match.ts';
import { lowerAlphanumerics } from '../lower-alphanumerics.ts';
import { parseSuppliedNumber } from '../supplied/number.ts';
import type { TargetFields } from './fields.ts';
import * as say from './messages.ts';
import type { ReadTarget, TargetReadOptions } from './target.ts';
import {
  type FinancialYear,
  parseFinancialYear,
  parseProfile,
  parseToleranceKind,
} from './values.ts';

type Cols = Columns<TargetFields>;

/** The row's target and whether its year was a bare one; null when any cell was in error. */
export function readTargetRow(
  cells: CellReader,
  cols: Cols,
  options: TargetReadOptions,
): { target: ReadTarget; year: FinancialYear } | null {
  const def = indicatorOf(cells, cols.indicator, options);
  const year = yearOf(cells, cols.financialYear);
  const value = targetValue(cells, cols.target, def);
  const tolerance = toleranceOf(cells, cols, value);
  const profile = profileOf(cells, cols.profile);
  if (!def || !year || value === null || tolerance === undefined || profile === undefined) {
    return null;
  }
  const target: ReadTarget = {
    indicatorId: def.id,
    financialYear: year.year,
    value,
    ...tolerance,
    ...(profile === null ? {} : { profile }),
  };
  return { target, year };
}

/** The indicator the cell names by id (any case) or by title. */
function indicatorOf(
  cells: CellReader,
  column: Column,
  options: TargetReadOptions,
): IndicatorDefinition | null {
  const text = cells.requiredText(column);
  if (text === null) return null;
  const key = lowerAlphanumerics(text);
  const def = options.indicators.find(
    (d) => d.id.toLowerCase() === text.toLowerCase() || lowerAlphanumerics(d.title) === key,
  );
  return def ?? fail(cells, column, text, say.UNKNOWN_INDICATOR);
}

function yearOf(cells: CellReader, column: Column): FinancialYear | null {
  const text = cells.raw(column);
  if (text === '') return blank(cells, column);
  return parseFinancialYear(text) ?? fail(cells, column, text, say.NOT_YEAR);
}

function targetValue(
  cells: CellReader,
  column: Column,
  def: IndicatorDefinition | null,
): number | null {
  const text = cells.raw(column);
  if (text === '') return blank(cells, column);
  const n = number(cells, column);
  if (n === null) return null;
  if (n < 0) return fail(cells, column, text, say.NEGATIVE);
  if (def?.unit === 'percent' && n > 100) return fail(cells, column, text, say.PERCENT_RANGE);
  if (def?.unit === 'percent' && n > 0 && n < 1 && !text.endsWith('%')) {
    cells.report('warning', column, text, say.PERCENT_SMALL);
  }
  return n;
}

type Tolerance = Pick<ReadTarget, 'tolerance' | 'toleranceKind'>;

/** The tolerance and its kind, both or neither; undefined when in error. */
function toleranceOf(cells: CellReader, cols: Cols, target: number | null): Tolerance | undefined {
  const [amountText, kindText] = [cells.raw(cols.tolerance), cells.raw(cols.toleranceKind)];
  if (amountText === '' && kindText === '') return { tolerance: null, toleranceKind: null };
  const amount = amountText === '' ? null : number(cells, cols.tolerance);
  const kind = kindText === '' ? null : parseToleranceKind(kindText);
  if (kindText !== '' && kind === null)
    return failed(cells, cols.toleranceKind, kindText, say.NOT_KIND);
  if (amountText === '') return failed(cells, cols.toleranceKind, kindText, say.KIND_ALONE);
  if (amount === null) return undefined;
  if (amount < 0) return failed(cells, cols.tolerance, amountText, say.NEGATIVE);
  if (kind === null) return failed(cells, cols.tolerance, amountText, say.KIND_MISSING);
  if (kind === 'absolute') return { tolerance: amount, toleranceKind: kind };
  if (amount > 100) return failed(cells, cols.tolerance, amountText, say.RELATIVE_RANGE);
  if (amount > 0 && amount < 1 && !amountText.endsWith('%')) {
    cells.report('warning', cols.tolerance, amountText, say.RELATIVE_SMALL);
  }
  if (amount > 0 && target === 0)
    cells.report('warning', cols.tolerance, amountText, say.ZERO_RELATIVE);
  return { tolerance: amount / 100, toleranceKind: kind };
}

/** The profile; null when blank; undefined when in error. */
function profileOf(cells: CellReader, column: Column): number[] | null | undefined {
  const text = cells.raw(column);
  if (text === '') return null;
  const profile = parseProfile(text);
  return typeof profile === 'string' ? failed(cells, column, text, profile) : profile;
}

/** Reports a required cell left blank. */
function blank(cells: CellReader, column: Column): null {
  cells.requiredText(column);
  return null;
}

function number(cells: CellReader, column: Column): number | null {
  const text = cells.raw(column);
  return parseSuppliedNumber(text) ?? fail(cells, column, text, say.NOT_NUMBER);
}

function fail(cells: CellReader, column: Column, text: string, message: string): null {
  cells.report('error', column, text, message);
  return null;
}

function failed(cells: CellReader, column: Column, text: string, message: string): undefined {
  cells.report('error', column, text, message);
  return undefined;
}
