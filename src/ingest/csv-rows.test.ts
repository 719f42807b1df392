import { describe, expect, it } from 'vitest';
import { type CsvProblem, estimatedRows, forEachCsvRow } from './csv-rows.ts';

function read(text: string) {
  const rows: string[][] = [];
  const problems: CsvProblem[] = [];
  forEachCsvRow(
    text,
    (cells) => {
      rows.push([...cells]);
      return true;
    },
    (problem) => problems.push(problem),
  );
  return { rows, problems };
}

/** A text of `count` lines, longer than the sample the delimiter is guessed from. */
function lines(count: number, line: (i: number) => string, newline = '\n'): string {
  return Array.from({ length: count }, (_, i) => line(i)).join(newline) + newline;
}

describe('forEachCsvRow(text)', () => {
  it('reads quoted values with delimiters, line breaks and doubled quotes, numbering rows as a spreadsheet does', () => {
    const rows: [number, string[]][] = [];
    forEachCsvRow(
      'a,b\n"x, y","two\nlines"\n\n"say ""hi""",c\n',
      (cells, row) => {
        rows.push([row, [...cells]]);
        return true;
      },
      () => {},
    );
    expect(rows).toEqual([
      [1, ['a', 'b']],
      [2, ['x, y', 'two\nlines']],
      [3, ['']],
      [4, ['say "hi"', 'c']],
      [5, ['']],
    ]);
  });

  it('reports a quoted value that is not closed', () => {
    expect(read('a,b\n1,"2\n3,4\n').problems).toEqual([
      {
        row: 2,
        message: 'A quoted value is not closed: the rows from here on may be read wrongly.',
      },
    ]);
  });

  it('guesses the delimiter of long texts without quotes from their first rows', () => {
    const semicolons = read(lines(150_000, (i) => `a${i};b,c;d`));
    expect(semicolons.rows[9]).toEqual(['a9', 'b,c', 'd']);
    const tabs = read(lines(150_000, (i) => `a${i}\tb`, '\r\n'));
    expect(tabs.rows[149_999]).toEqual(['a149999', 'b']);
  });

  it('reads a long text of one column, or of lines too long to sample, as papaparse guesses them', () => {
    expect(read(lines(200_000, (i) => `value${i}`)).rows[5]).toEqual(['value5']);
    const long = read(lines(5, (i) => `a${i};${'x'.repeat(300_000)};c`));
    expect(long.rows[4]?.length).toBe(3);
  });
});

describe('estimatedRows(text)', () => {
  it('counts the rows of a short text, and scales the first 64 KB of a long one', () => {
    expect(estimatedRows('a\nb\nc\n')).toBe(3);
    expect(estimatedRows('')).toBe(1);
    const rows = 'x,y,z\n'.repeat(100_000);
    expect(estimatedRows(rows)).toBeGreaterThanOrEqual(99_000);
    expect(estimatedRows(rows)).toBeLessThanOrEqual(101_000);
  });
});
