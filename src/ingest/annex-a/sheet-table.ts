/**
 * One workbook sheet read into the shared Annex A table: the header found below any title rows,
 * each cell turned into the text a CSV would hold, and formulas and error cells reported.
 */
import type { CellValue } from 'exceljs';
import type { Place } from '../cell-reader.ts';
import { HeaderIndex } from '../header-match.ts';
import type { SheetSummary } from '../read-result.ts';
import type { ReadSession } from '../read-session.ts';
import { ArrayCells } from '../row-cells.ts';
import {
  type CellProblem,
  CellProblems,
  type CellText,
  cellText,
  problemText,
  type SheetVisitor,
} from '../xlsx/index.ts';
import { listFromHeaders } from './detect-list.ts';
import { columnsRead, looksLikeHeader } from './header-row.ts';
import type { AnnexAList } from './headers.ts';
import * as say from './sheet-messages.ts';
import { listFromSheetName } from './sheet-name.ts';
import { AnnexATable } from './table.ts';

/** Title rows allowed above the header. */
const MAX_TITLE_ROWS = 5;

interface Row {
  texts: CellText[];
  row: number;
}

/** Where the sheet has got to: finding its header, reading its rows, or set aside. */
type State =
  | { kind: 'seeking'; rows: Row[] }
  | { kind: 'reading'; table: AnnexATable; headers: readonly string[]; read: Set<number> }
  | { kind: 'skipped' };

export class SheetTable implements SheetVisitor {
  private state: State = { kind: 'seeking', rows: [] };
  private readonly place: Place;
  private readonly named: AnnexAList | null;
  private readonly problems: CellProblems;

  constructor(
    file: string,
    private readonly sheet: string,
    private readonly session: ReadSession,
  ) {
    this.place = { file, sheet };
    this.named = listFromSheetName(sheet);
    this.problems = new CellProblems(session.issues);
  }

  row(values: readonly CellValue[], row: number): boolean {
    const texts = Array.from(values, cellText); // dense: exceljs leaves holes for empty cells
    const state = this.state;
    if (state.kind === 'reading')
      return state.table.push(new ArrayCells(this.cells(state, texts, row)), row);
    if (state.kind === 'skipped') return false;
    if (texts.every(isBlank)) return true;
    state.rows.push({ texts, row });
    if (looksLikeHeader(texts.map(plain))) this.start(state.rows, state.rows.length - 1);
    else if (state.rows.length > MAX_TITLE_ROWS) this.start(state.rows, 0);
    return this.state.kind !== 'skipped';
  }

  end(): void {
    if (this.state.kind === 'seeking') {
      if (this.state.rows.length > 0) this.start(this.state.rows, 0);
      else this.empty();
    }
    if (this.state.kind === 'reading') this.state.table.finish();
    this.problems.finish();
  }

  /** What the sheet held, once read. */
  summary(): SheetSummary {
    const table = this.state.kind === 'reading' ? this.state.table : null;
    const list = table?.list ?? (this.state.kind === 'skipped' ? null : this.named);
    return { name: this.sheet, list, rows: table?.rows ?? 0 };
  }

  /** Opens the table on the header at `at`, then reads the rows buffered after it. */
  private start(rows: readonly Row[], at: number): void {
    const header = rows[at]!;
    const headers = header.texts.map(plain);
    const list = this.named ?? listFromHeaders(new HeaderIndex(headers.map((h) => h.trim())));
    if (list === null) {
      this.skip();
      return;
    }
    if (at > 0) this.warn(header.row, say.titleRows(header.row, at));
    const table = new AnnexATable(
      this.named ? `List ${list}` : this.sheet,
      this.place,
      this.session,
    );
    const state: State = { kind: 'reading', table, headers, read: columnsRead(list, headers) };
    this.state = state;
    table.push(new ArrayCells(headers), header.row);
    for (const { texts, row } of rows.slice(at + 1)) {
      table.push(new ArrayCells(this.cells(state, texts, row)), row);
    }
  }

  private skip(): void {
    this.state = { kind: 'skipped' };
    this.session.issues.push({
      severity: 'warning',
      ...this.place,
      message: say.unknownSheet(this.sheet),
    });
  }

  private empty(): void {
    if (this.named === null) this.skip();
    else this.session.issues.push({ severity: 'warning', ...this.place, message: say.EMPTY_SHEET });
  }

  /** The row's cells as text, with any formula or error cell in a column read reported. */
  private cells(state: Reading, texts: readonly CellText[], row: number): string[] {
    return texts.map((text, column) =>
      typeof text === 'string' ? text : this.problem(state, text, column, row),
    );
  }

  /** The text to read for a formula or error cell, reported if its column is read. */
  private problem(state: Reading, problem: CellProblem, column: number, row: number): string {
    if (!state.read.has(column)) return problemText(problem);
    return this.problems.report(problem, {
      ...this.place,
      row,
      column: state.headers[column]!.trim(),
    });
  }

  private warn(row: number, message: string): void {
    this.session.issues.push({ severity: 'warning', ...this.place, row, message });
  }
}

type Reading = State & { kind: 'reading' };

/** A cell's text for header matching: a formula's saved value; blank for other problems. */
function plain(text: CellText): string {
  return typeof text === 'string' ? text : problemText(text);
}

function isBlank(text: CellText): boolean {
  return typeof text === 'string' && text.trim() === '';
}
