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
    delimiter: '',
    skipEmptyLines: false,
    step: (result, parser) => {
      row += 1;
      for (const error of result.errors) reportError(error, row, onProblem);
      if (!onRow(result.data, row)) parser.abort();
      onCursor?.(result.meta.cursor);
    },
  });
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
