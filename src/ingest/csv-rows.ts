/**
 * CSV text to rows, in one pass, numbered as a spreadsheet numbers them (the first row is 1).
 *
 * Each row is handed over as ranges of the text (`CsvRow`), not a string per cell: a council's
 * contacts file has ten million cells, and a reader parses most of them (dates, codes, a child's
 * identifier) where they lie. The rules are papaparse's, which this module replaced for reading
 * (issue 4: a string per cell cost a third of `outturn compute`'s reading) and which its tests
 * check it against: the line ending and the delimiter guessed from the text, `"` quoting with
 * `""` for a quote, blank lines kept as rows of one blank cell, spaces allowed between a closing
 * quote and what follows, and the same two problems reported on the same rows.
 */
import { isWhiteSpace, type RowCells } from './row-cells.ts';

export interface CsvProblem {
  row: number;
  message: string;
}

const QUOTE = 34;
const LF = 10;
const MISSING_QUOTE = 'A quoted value is not closed: the rows from here on may be read wrongly.';
const TEXT_AFTER_QUOTE =
  'A quoted value has text after its closing quote: this row may be read wrongly.';
/** The delimiters guessed among, in papaparse's order (it prefers the first of equals). */
const DELIMITERS = [',', '\t', '|', ';', '\u001e', '\u001f'];
/** The rows a delimiter is guessed from. */
const GUESS_ROWS = 10;
/** The characters from the text's start those rows are first looked for in. */
const GUESS_SAMPLE = 64 * 1024;
/** The characters the line ending is guessed from. */
const LINE_SAMPLE = 1024 * 1024;
/** How often, in rows, the reader is told how far it has read. */
const CURSOR_ROWS = 256;

/** One row of a CSV text: its cells as ranges of the text. Valid until the next row is read. */
export class CsvRow implements RowCells {
  length = 0;
  private starts = new Int32Array(32);
  private ends = new Int32Array(32);
  /** Cells whose value is not a range of the text (a quote written `""`), by index. */
  private readonly own: (string | undefined)[] = [];
  private owned = 0;

  constructor(readonly text: string) {}

  textOf(index: number): string {
    return this.owned === 0 ? this.text : (this.own[index] ?? this.text);
  }

  start(index: number): number {
    return this.starts[index]!;
  }

  end(index: number): number {
    return this.ends[index]!;
  }

  /** Empties the row for the next. */
  clear(): void {
    if (this.owned > 0) this.own.length = 0;
    this.owned = 0;
    this.length = 0;
  }

  /** Adds a cell that is the text from `start` to `end`. */
  add(start: number, end: number): void {
    if (this.length === this.starts.length) this.grow();
    this.starts[this.length] = start;
    this.ends[this.length] = end;
    this.length += 1;
  }

  /** Adds a quoted cell's value, from `start` to `end`; `doubled` when a quote in it is written `""`. */
  addQuoted(start: number, end: number, doubled: boolean): void {
    if (!doubled) {
      this.add(start, end);
      return;
    }
    const own = this.text.slice(start, end).replaceAll('""', '"');
    this.own[this.length] = own;
    this.owned += 1;
    this.add(0, own.length);
  }

  private grow(): void {
    const starts = new Int32Array(2 * this.starts.length);
    const ends = new Int32Array(2 * this.ends.length);
    starts.set(this.starts);
    ends.set(this.ends);
    this.starts = starts;
    this.ends = ends;
  }
}

/** Where a row's read stopped: after a delimiter (more cells), a line ending, or the text's end. */
const CELL = 0;
const LINE = 1;
const END = 2;

/** Reads rows from a text with a known delimiter and line ending. */
class CsvTokenizer {
  /** Where the next row starts. */
  at = 0;
  /** Problems in the row last read. */
  readonly problems: string[] = [];
  private readonly length: number;
  private readonly newline: number;
  private readonly crlf: boolean;
  private readonly delimiterText: string;
  private readonly newlineText: string;
  /** Where the next delimiter and line ending are, as far as the read has looked. */
  private nextDelimiter = -1;
  private nextLine = -1;
  /** Where the last cell read stopped (CELL, LINE or END), and the position after it. */
  private stop = CELL;

  constructor(
    private readonly text: string,
    private readonly delimiter: number,
    newline: string,
  ) {
    this.length = text.length;
    this.newline = newline.charCodeAt(0);
    this.crlf = newline.length === 2;
    this.delimiterText = String.fromCharCode(delimiter);
    this.newlineText = newline;
  }

  /** Whether the row last read ended at a line ending (not at the text's end). */
  get endedLine(): boolean {
    return this.stop === LINE;
  }

  /** Whether rows are left. */
  get more(): boolean {
    return this.at >= 0 && this.at <= this.length && this.stop !== END;
  }

  /** Reads the next row into `row`. */
  read(row: CsvRow): void {
    row.clear();
    if (this.problems.length > 0) this.problems.length = 0;
    let at = this.at;
    do {
      at = this.text.charCodeAt(at) === QUOTE ? this.quoted(at, row) : this.plain(at, row);
    } while (this.stop === CELL);
    this.at = at;
  }

  /**
   * A cell without quotes: to the next delimiter or line ending. Returns where it stopped. The
   * next of each is found by `indexOf` (a vector search), and kept until the read passes it.
   */
  private plain(from: number, row: CsvRow): number {
    if (this.nextDelimiter < from) this.nextDelimiter = this.find(this.delimiterText, from);
    if (this.nextLine < from) this.nextLine = this.find(this.newlineText, from);
    const delimiter = this.nextDelimiter;
    const line = this.nextLine;
    if (delimiter < line) {
      row.add(from, delimiter);
      this.stop = CELL;
      return delimiter + 1;
    }
    if (line < this.length) {
      row.add(from, line);
      this.stop = LINE;
      return line + this.newlineText.length;
    }
    row.add(from, this.length);
    this.stop = END;
    return this.length;
  }

  /** Where `part` is next at or after `from`; the text's length when it is not. */
  private find(part: string, from: number): number {
    const at = this.text.indexOf(part, from);
    return at < 0 ? this.length : at;
  }

  /**
   * A quoted cell (`from` is its opening quote): to a quote that is not doubled and has, after
   * any spaces, a delimiter, a line ending or the text's end after it. Another quote is taken as
   * part of the value, a problem; no closing quote at all takes the rest of the text.
   */
  private quoted(from: number, row: CsvRow): number {
    const { text, length } = this;
    const start = from + 1;
    let doubled = false;
    for (let quote = text.indexOf('"', start); ; quote = text.indexOf('"', quote + 1)) {
      if (quote < 0) {
        this.problems.push(MISSING_QUOTE);
        row.add(start, length);
        this.stop = END;
        return length;
      }
      if (quote === length - 1) {
        row.addQuoted(start, quote, doubled);
        this.stop = END;
        return length;
      }
      if (text.charCodeAt(quote + 1) === QUOTE) {
        doubled = true;
        quote += 1;
        continue;
      }
      const after = this.afterSpaces(quote + 1);
      const code = text.charCodeAt(after);
      if (code === this.delimiter) {
        row.addQuoted(start, quote, doubled);
        this.stop = CELL;
        return after + 1;
      }
      if (this.isLineEnd(after)) {
        row.addQuoted(start, quote, doubled);
        this.stop = LINE;
        return after + (this.crlf ? 2 : 1);
      }
      this.problems.push(TEXT_AFTER_QUOTE);
    }
  }

  /**
   * Where the white space from `from` ends at a delimiter or line ending; `from` itself when
   * something else (or the text's end) comes first.
   */
  private afterSpaces(from: number): number {
    const { text, length } = this;
    for (let at = from; at < length; at++) {
      const code = text.charCodeAt(at);
      if (code === this.delimiter || this.isLineEnd(at)) return at;
      if (!isWhiteSpace(code)) return from;
    }
    return from;
  }

  private isLineEnd(at: number): boolean {
    return (
      this.text.charCodeAt(at) === this.newline &&
      (!this.crlf || this.text.charCodeAt(at + 1) === LF)
    );
  }
}

/**
 * Calls `onRow` with each row (valid only during the call) and its number until it returns
 * false. Problems in the CSV itself (unclosed quotes) go to `onProblem`; `onCursor` is told the
 * characters read so far, now and then and at the end.
 */
export function forEachCsvRow(
  text: string,
  onRow: (cells: CsvRow, row: number) => boolean,
  onProblem: (problem: CsvProblem) => void,
  onCursor?: (characters: number) => void,
): void {
  if (text === '') return;
  const newline = lineEnding(text);
  const tokenizer = new CsvTokenizer(text, delimiterOf(text, newline), newline);
  const cells = new CsvRow(text);
  for (let row = 1; tokenizer.more; row++) {
    tokenizer.read(cells);
    for (const message of tokenizer.problems) onProblem({ row, message });
    if (!onRow(cells, row)) break;
    if (onCursor && row % CURSOR_ROWS === 0) onCursor(tokenizer.at);
  }
  onCursor?.(tokenizer.at);
}

/**
 * The line ending, as papaparse guesses it from the first megabyte without its quoted values:
 * `\n` when there is no `\r` or a `\n` comes first; else `\r\n` when at least half the `\r`s
 * are followed by `\n`, else `\r`.
 */
function lineEnding(text: string): string {
  const sample = text.slice(0, LINE_SAMPLE).replace(/"[\s\S]*?"/g, '');
  const r = sample.split('\r');
  const firstN = sample.indexOf('\n');
  if (r.length === 1 || (firstN >= 0 && firstN < r[0]!.length)) return '\n';
  const followedByN = r.filter((part) => part.charCodeAt(0) === LF).length;
  return followedByN >= r.length / 2 ? '\r\n' : '\r';
}

/**
 * The delimiter, as papaparse guesses it: of those that give more than one cell a row on
 * average over the first ten rows, the one whose rows' cell counts vary least, then the one with
 * most cells; a comma when none does.
 */
function delimiterOf(text: string, newline: string): number {
  let best = ',';
  let bestDelta = Number.POSITIVE_INFINITY;
  let bestAverage = 0;
  for (const delimiter of DELIMITERS) {
    const counts = firstRowLengths(text, delimiter.charCodeAt(0), newline);
    let delta = 0;
    for (let i = 1; i < counts.length; i++) {
      if (counts[i]! > 0) delta += Math.abs(counts[i]! - counts[i - 1]!);
    }
    const average = counts.reduce((sum, count) => sum + count, 0) / counts.length;
    if (average > 1.99 && (delta < bestDelta || (delta === bestDelta && average > bestAverage))) {
      best = delimiter;
      bestDelta = delta;
      bestAverage = average;
    }
  }
  return best.charCodeAt(0);
}

/**
 * How many cells each of the text's first rows has with this delimiter, read from the text's
 * start alone: a delimiter the text lacks is otherwise looked for through all of it (five full
 * searches of a large council's 105 MB of contacts, about 90 ms). The rows are the text's when
 * the last of them ended, at a line ending, within the sample; else a sample twice the size.
 */
function firstRowLengths(text: string, delimiter: number, newline: string): number[] {
  for (let size = GUESS_SAMPLE; ; size *= 2) {
    const whole = size >= text.length;
    const sample = whole ? text : text.slice(0, size);
    const tokenizer = new CsvTokenizer(sample, delimiter, newline);
    const row = new CsvRow(sample);
    const counts: number[] = [];
    while (tokenizer.more && counts.length < GUESS_ROWS) {
      tokenizer.read(row);
      counts.push(row.length);
    }
    if (whole || (counts.length === GUESS_ROWS && tokenizer.endedLine)) return counts;
  }
}

/** About how many rows `text` holds, from the length of the rows in its first 64 KB. */
export function estimatedRows(text: string): number {
  const sample = Math.min(text.length, 64 * 1024);
  let lines = 0;
  for (let at = text.indexOf('\n'); at !== -1 && at < sample; at = text.indexOf('\n', at + 1)) {
    lines += 1;
  }
  return lines === 0 ? 1 : Math.ceil((text.length / sample) * lines);
}
