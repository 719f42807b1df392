/**
 * One row's cells as ranges of a text, so a reader can parse a cell (a date, a code, an
 * identifier) where it lies without a string made for it. A CSV row's cells are ranges of the
 * file's text (`CsvRow`); a workbook row's are strings of their own (`ArrayCells`).
 */
export interface RowCells {
  /** How many cells the row has. */
  readonly length: number;
  /** The text cell `index` is part of, from `start(index)` to `end(index)`; untrimmed. */
  textOf(index: number): string;
  start(index: number): number;
  end(index: number): number;
}

/** A row of cells that are strings each (a workbook's, or a test's). */
export class ArrayCells implements RowCells {
  constructor(private cells: readonly string[] = []) {}

  /** Points the view at another row's cells. */
  of(cells: readonly string[]): this {
    this.cells = cells;
    return this;
  }

  get length(): number {
    return this.cells.length;
  }

  textOf(index: number): string {
    return this.cells[index] ?? '';
  }

  start(): number {
    return 0;
  }

  end(index: number): number {
    return (this.cells[index] ?? '').length;
  }
}

/** The text of cell `index`, untrimmed; '' beyond the row's end. */
export function cellText(cells: RowCells, index: number): string {
  if (index < 0 || index >= cells.length) return '';
  return cells.textOf(index).slice(cells.start(index), cells.end(index));
}

/** Every cell's text, untrimmed. */
export function cellTexts(cells: RowCells): string[] {
  return Array.from({ length: cells.length }, (_, index) => cellText(cells, index));
}

/** Whether every cell of the row is blank or white space. */
export function isBlankRow(cells: RowCells): boolean {
  for (let index = 0; index < cells.length; index++) {
    const text = cells.textOf(index);
    for (let at = cells.start(index); at < cells.end(index); at++) {
      if (!isWhiteSpace(text.charCodeAt(at))) return false;
    }
  }
  return true;
}

/** Whether a character is white space, as `trim` takes it. */
export function isWhiteSpace(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return /\s/.test(String.fromCharCode(code));
}
