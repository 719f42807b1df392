/** CSV text to rows, in one pass, numbered as a spreadsheet numbers them (the first row is 1). */
import Papa, { type ParseError } from 'papaparse';

export interface CsvProblem {
  row: number;
  message: string;
}

/**
 * Calls `onRow` with each row's cells and row number until it returns false. Problems in the
 * CSV itself (unclosed quotes) go to `onProblem`; `onCursor` is told the characters read so far.
 */
export function forEachCsvRow(
  text: string,
  onRow: (cells: readonly string[], row: number) => boolean,
  onProblem: (problem: CsvProblem) => void,
  onCursor?: (characters: number) => void,
): void {
  let row = 0;
  Papa.parse<string[]>(text, {
    delimiter: delimiterOf(text),
    skipEmptyLines: false,
    step: (result, parser) => {
      row += 1;
      for (const error of result.errors) reportError(error, row, onProblem);
      if (!onRow(result.data, row)) parser.abort();
      onCursor?.(result.meta.cursor);
    },
  });
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

/** Papaparse guesses line endings from a text's first megabyte: a sample this long is seen alike. */
const SAMPLE_LENGTH = 1024 * 1024;
/** Papaparse guesses the delimiter from the first 10 rows; a sample must hold them whole. */
const GUESS_ROWS = 11;

/**
 * The delimiter papaparse would guess for `text`, or '' to let it guess. It guesses from the
 * first rows, but a text without a quote (its quote character) it first splits whole into lines,
 * once for each of the six delimiters it tries: a third of the time spent on the large demo
 * council's Lists 4, 5 and 7. For such a text, the guess is made on a sample that holds those
 * rows, which gives the same delimiter.
 */
function delimiterOf(text: string): string {
  if (text.length <= SAMPLE_LENGTH || text.includes('"')) return '';
  const sample = text.slice(0, SAMPLE_LENGTH);
  const { delimiter, linebreak } = Papa.parse(sample, { delimiter: '', preview: 1 }).meta;
  return holds(sample, linebreak, GUESS_ROWS) ? delimiter : '';
}

/** Whether `text` holds `part` at least `count` times. */
function holds(text: string, part: string, count: number): boolean {
  let at = -part.length;
  for (let found = 0; found < count; found++) {
    at = text.indexOf(part, at + part.length);
    if (at < 0) return false;
  }
  return true;
}

function reportError(error: ParseError, row: number, onProblem: (p: CsvProblem) => void): void {
  const message = csvErrorMessage(error.code);
  if (message !== null) onProblem({ row, message });
}

/** What a papaparse error means for the person who made the file; null when it does not matter. */
function csvErrorMessage(code: ParseError['code']): string | null {
  switch (code) {
    case 'MissingQuotes':
      return 'A quoted value is not closed: the rows from here on may be read wrongly.';
    case 'InvalidQuotes':
      return 'A quoted value has text after its closing quote: this row may be read wrongly.';
    case 'UndetectableDelimiter':
    case 'TooFewFields':
    case 'TooManyFields':
      return null;
    default: {
      const unreachable: never = code;
      return unreachable;
    }
  }
}
