/**
 * Typed values from one row's cells: trimmed, blank as null, and every cell that cannot be read
 * reported as an issue with its file, row, column header and the value found.
 */
import type { Day, Gender, Issue, LegalStatus, Severity } from '../domain/index.ts';
import * as say from './cell-messages.ts';
import { memoised, UNREADABLE, type Unreadable } from './code-table.ts';
import type { Column } from './header-match.ts';
import { parseGender, parseYesNo } from './parse-code.ts';
import { parseCount } from './parse-count.ts';
import { parseDateIn } from './parse-date.ts';
import { parseLegalStatus } from './parse-legal-status.ts';
import { ArrayCells, isWhiteSpace, type RowCells } from './row-cells.ts';

/** Where a table is: its file, and its sheet when the format has sheets. */
export interface Place {
  file: string;
  sheet?: string;
}

/** The signs a spreadsheet formula starts with (see `looksLikeFormula`). */
const EQUALS = 61;
const PLUS = 43;
const MINUS = 45;
const AT = 64;
/** Distinct texts shared per table, so a million "1A"s are one string. */
const SHARED_TEXT_LIMIT = 10_000;

export class CellReader {
  private cells: RowCells = new ArrayCells();
  /** The cell `locate` found: the text it is part of, and where in it, trimmed. */
  private cell = '';
  private from = 0;
  private to = 0;
  /** The same string object for the same text, up to SHARED_TEXT_LIMIT distinct texts. */
  readonly share = memoised((text: string) => text, SHARED_TEXT_LIMIT);
  row = 0;

  constructor(
    readonly place: Place,
    private readonly issues: Issue[],
  ) {}

  /** Points the reader at a row. */
  moveTo(cells: RowCells, row: number): void {
    this.cells = cells;
    this.row = row;
  }

  /** The cell's trimmed text; '' when blank or the column is absent. */
  raw(column: Column): string {
    return this.locate(column) ? this.cell.slice(this.from, this.to) : '';
  }

  /**
   * Finds the column's cell in this row, trimmed, as `cell` from `from` to `to`; false when it
   * is blank or the column is absent.
   */
  private locate(column: Column): boolean {
    const cells = this.cells;
    const index = column.index;
    if (index < 0 || index >= cells.length) return false;
    const text = cells.textOf(index);
    let from = cells.start(index);
    let to = cells.end(index);
    if (from === to) return false;
    if (!isPrintableAscii(text.charCodeAt(from)) || !isPrintableAscii(text.charCodeAt(to - 1))) {
      while (from < to && isWhiteSpace(text.charCodeAt(from))) from++;
      while (to > from && isWhiteSpace(text.charCodeAt(to - 1))) to--;
      if (from === to) return false;
    }
    this.cell = text;
    this.from = from;
    this.to = to;
    return true;
  }

  /** Free text; null when blank. */
  text(column: Column): string | null {
    const text = this.unsharedText(column);
    return text === null ? null : this.share(text);
  }

  /**
   * Free text not looked up among the shared texts, for callers that seldom keep it (a code
   * reader keeps the code) or keep one of each (identifiers): the lookup costs a hash per cell.
   */
  unsharedText(column: Column): string | null {
    const text = this.raw(column);
    if (text === '') return null;
    return looksLikeFormula(text) ? this.fail(column, text, say.FORMULA_TEXT) : text;
  }

  /** Free text that every row must have. */
  requiredText(column: Column): string | null {
    return this.text(column) ?? this.blank(column);
  }

  /**
   * An identifier every row must have (a child's): read as `requiredText` reads text, but not
   * looked up among the shared texts, as identifiers are many and their registry keeps one each.
   */
  requiredId(column: Column): string | null {
    return this.unsharedText(column) ?? this.blank(column);
  }

  date(column: Column): Day | null {
    return this.locate(column) ? this.dateIn(column) : null;
  }

  /** A date that every row must have. */
  requiredDate(column: Column): Day | null {
    return this.locate(column) ? this.dateIn(column) : this.blank(column);
  }

  yesNo(column: Column): boolean | null {
    return this.coded(column, parseYesNo, say.NOT_YES_NO);
  }

  gender(column: Column): Gender | null {
    return this.coded(column, parseGender, say.NOT_GENDER);
  }

  count(column: Column): number | null {
    return this.coded(column, parseCount, say.NOT_COUNT);
  }

  legalStatus(column: Column): LegalStatus | null {
    return this.coded(column, parseLegalStatus, say.NOT_LEGAL_STATUS);
  }

  /** Records an issue about a cell of this row. */
  report(severity: Severity, column: Column, value: string, message: string): void {
    this.issues.push({
      severity,
      ...this.place,
      row: this.row,
      column: column.header,
      value,
      message,
    });
  }

  /** A coded cell read with `parse`: null when blank; an error with the value when unreadable. */
  coded<T>(column: Column, parse: (text: string) => T | Unreadable, message: string): T | null {
    const text = this.raw(column);
    if (text === '') return null;
    const value = parse(text);
    return value === UNREADABLE ? this.fail(column, text, message) : value;
  }

  /** The day the cell `locate` found holds; null, with an error, when it is not a date. */
  private dateIn(column: Column): Day | null {
    const day = parseDateIn(this.cell, this.from, this.to);
    if (typeof day === 'number') return day;
    return this.fail(column, this.cell.slice(this.from, this.to), say.dateMessage(day));
  }

  private fail(column: Column, value: string, message: string): null {
    this.report('error', column, value, message);
    return null;
  }

  private blank(column: Column): null {
    if (this.raw(column) === '') this.report('error', column, '', say.BLANK_REQUIRED);
    return null;
  }
}

/** A visible ASCII character, which is never white space. */
function isPrintableAscii(code: number): boolean {
  return code > 32 && code < 127;
}

/**
 * Whether a trimmed text would be a formula in a spreadsheet: `=`, `+`, `-` or `@` and more
 * after it. Character codes, not a RegExp, as every text cell is asked.
 */
function looksLikeFormula(text: string): boolean {
  if (text.length < 2) return false;
  const first = text.charCodeAt(0);
  return first === EQUALS || first === PLUS || first === MINUS || first === AT;
}
