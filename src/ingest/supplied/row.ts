/** One row of a supplied-values file read into its indicator, window and numbers. */
import { CATALOGUE, type IndicatorDefinition, isoDay, type Window } from '../../domain/index.ts';
import type { CellReader } from '../cell-reader.ts';
import type { Column, Columns } from '../header-match.ts';
import { lowerAlphanumerics } from '../lower-alphanumerics.ts';
import type { SuppliedFields } from './fields.ts';
import * as say from './messages.ts';
import { parseSuppliedNumber } from './number.ts';
import { parsePeriod } from './period.ts';
import type { SuppliedReadOptions } from './value.ts';

/** A row whose cells could all be read, before the checks between them. */
export interface ReadRow {
  def: IndicatorDefinition;
  window: Window;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  base: number | null;
  ciLower: number | null;
  ciUpper: number | null;
  note: string | null;
}

type Cols = Columns<SuppliedFields>;

/** The row's cells, or null when any of them could not be read (each reported as an error). */
export function readRow(
  cells: CellReader,
  cols: Cols,
  options: SuppliedReadOptions,
): ReadRow | null {
  const def = indicatorOf(cells, cols.indicator, options);
  const window = windowOf(cells, cols.period, def);
  const [value, numerator, denominator, base, ciLower, ciUpper] = [
    number(cells, cols.value, true),
    number(cells, cols.numerator, false),
    number(cells, cols.denominator, false),
    number(cells, cols.base, false),
    number(cells, cols.ciLower, true),
    number(cells, cols.ciUpper, true),
  ];
  const note = cells.text(cols.note);
  const numbers = [value, numerator, denominator, base, ciLower, ciUpper];
  if (!def || !window || numbers.some((n) => n === undefined)) return null;
  return {
    def,
    window,
    value: value ?? null,
    numerator: numerator ?? null,
    denominator: denominator ?? null,
    base: base ?? null,
    ciLower: ciLower ?? null,
    ciUpper: ciUpper ?? null,
    note,
  };
}

/** The catalogue entry the cell names by id (any case) or by title; reported when unusable. */
function indicatorOf(
  cells: CellReader,
  column: Column,
  options: SuppliedReadOptions,
): IndicatorDefinition | null {
  const text = cells.requiredText(column);
  if (text === null) return null;
  const key = lowerAlphanumerics(text);
  const def = CATALOGUE.find(
    (d) => d.id.toLowerCase() === text.toLowerCase() || lowerAlphanumerics(d.title) === key,
  );
  if (!def) return fail(cells, column, text, say.UNKNOWN_INDICATOR);
  if (options.computedIds.has(def.id) && !options.allowOverride) {
    return fail(cells, column, text, say.COMPUTED);
  }
  return def;
}

function windowOf(
  cells: CellReader,
  column: Column,
  def: IndicatorDefinition | null,
): Window | null {
  const text = cells.raw(column);
  if (text === '') {
    cells.requiredText(column); // reports the blank
    return null;
  }
  const window = parsePeriod(text);
  if (!window) return fail(cells, column, text, say.NOT_PERIOD);
  if (def?.windows && !def.windows.includes(window.kind)) {
    return fail(cells, column, text, say.wrongWindow(def, window.kind));
  }
  return window;
}

/** The cell's number; null when blank; undefined (reported) when unreadable or wrongly negative. */
function number(cells: CellReader, column: Column, signed: boolean): number | null | undefined {
  const text = cells.raw(column);
  if (text === '') return null;
  const n = parseSuppliedNumber(text);
  if (n === null) return fail(cells, column, text, say.NOT_NUMBER) ?? undefined;
  if (!signed && n < 0) return fail(cells, column, text, say.NEGATIVE) ?? undefined;
  return n;
}

function fail(cells: CellReader, column: Column, text: string, message: string): null {
  cells.report('error', column, text, message);
  return null;
}

/** `yyyy-mm-dd` of the window's first and last days. */
export function windowDates(window: Window): { start: string; end: string } {
  return { start: isoDay(window.start), end: isoDay(window.end) };
}
