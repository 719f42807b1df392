import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { type CsvProblem, estimatedRows, forEachCsvRow } from './csv-rows.ts';
import { cellTexts } from './row-cells.ts';

function read(text: string) {
  const rows: string[][] = [];
  const problems: CsvProblem[] = [];
  forEachCsvRow(
    text,
    (cells) => {
      rows.push(cellTexts(cells));
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
        rows.push([row, cellTexts(cells)]);
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

describe("forEachCsvRow(text), guessing the delimiter from the text's start", () => {
  /** papaparse's rows for a text read whole. */
  const papaRows = (text: string) => Papa.parse<string[]>(text, { skipEmptyLines: false }).data;

  it('reads first rows longer than the sample, a quoted value with delimiters and line breaks, as papaparse does', () => {
    const quoted = `"${'x;'.repeat(40_000)}\n${'y\t'.repeat(10_000)}"`;
    const text = `${quoted},b,c\n${lines(30, (i) => `a${i},b;c,d`)}`;
    const rows = read(text).rows;
    expect(rows[1]).toEqual(['a0', 'b;c', 'd']);
    expect(rows).toEqual(papaRows(text));
  });

  it('does not guess from a row the sample cuts short', () => {
    // rows of three cells by comma and by semicolon, then a tenth that the sample ends inside:
    // whole, it has three by either (so the comma, first, is taken); cut, three by semicolon only
    const head = Array.from({ length: 9 }, (_, i) => `a${i};b;c,d,e\n`).join('');
    const tenth = `x;y;${'z'.repeat(70 * 1024)},f,g\n`;
    const text = `${head}${tenth}${lines(20, (i) => `q${i};b;c,d,e`)}`;
    const rows = read(text).rows;
    expect(rows[0]).toEqual(['a0;b;c', 'd', 'e']);
    expect(rows).toEqual(papaRows(text));
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

/** A text of awkward rows: quoted delimiters, doubled quotes, line breaks in values, blanks. */
function awkward(count: number, newline: string, seed: number): string {
  const cells = [
    'plain',
    '"with, comma"',
    '"say ""hi"""',
    `"two${newline}lines"`,
    '',
    `"long ${'x'.repeat(20_000)}"`, // longer than a chunk
  ];
  let state = seed;
  const next = () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state;
  };
  const rows = Array.from({ length: count }, (_, i) => {
    if (next() % 40 === 0) return ''; // a blank row
    const row = [`C${i}`];
    for (let c = 0; c < 3; c++) row.push(cells[next() % (next() % 50 === 0 ? 6 : 5)]!);
    return row.join(',');
  });
  return rows.join(newline) + newline;
}

/** What papaparse gives for the text read whole: its rows, and the rows of its quote problems. */
function readWhole(text: string) {
  const { data, errors } = Papa.parse<string[]>(text, { skipEmptyLines: false });
  const problems = errors
    .filter((e) => e.code === 'MissingQuotes' || e.code === 'InvalidQuotes')
    .map((e) => (e.row ?? 0) + 1);
  return { rows: data, problems };
}

describe('forEachCsvRow(text), a chunk at a time', () => {
  it('reads every row and problem as papaparse reads the whole text, wherever chunks end', () => {
    for (const [newline, seed] of [
      ['\r\n', 1],
      ['\n', 2],
      ['\r\n', 3],
    ] as const) {
      const text = awkward(6000, newline, seed);
      const broken = `${text}C1,"text after" its quote,x${newline}C2,"never closed,y${newline}z`;
      for (const sample of [text, broken]) {
        const whole = readWhole(sample);
        const { rows, problems } = read(sample);
        expect(rows.length).toBe(whole.rows.length);
        expect(rows).toEqual(whole.rows);
        expect(problems.map((p) => p.row)).toEqual(whole.problems);
      }
    }
  });
});

describe('forEachCsvRow(text), against papaparse', () => {
  let state = 7;
  const next = (below: number) => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state % below;
  };
  const pick = <T>(items: readonly T[]): T => items[next(items.length)]!;

  /** Texts of random pieces: quotes, delimiters, each line ending, spaces, non-ASCII. */
  function scrambled(): string {
    const pieces = ['a', 'bc', ',', ';', '\t', '"', '""', '\n', '\r\n', '\r', ' ', 'é'];
    return Array.from({ length: next(40) }, () => pick(pieces)).join('');
  }

  /**
   * Texts of rows with one delimiter and line ending, whose cells may be quoted, hold the
   * delimiter, quotes, line endings of any kind, or spaces after their closing quote, and may
   * be broken (text after a closing quote, a quote never closed).
   */
  function rowsOf(): string {
    const delimiter = pick([',', ';', '\t', '|']);
    const newline = pick(['\n', '\r\n', '\r']);
    const cells = [
      'a',
      '',
      ' b ',
      'c"d',
      `"e${delimiter}f"`,
      '"g""h"',
      '"i"  ',
      '"j" x',
      '"k\nl"',
      '"m\r\nn"',
      'o\rp',
      '"q',
      '""',
      '"r"',
    ];
    const rows = Array.from({ length: 1 + next(12) }, () =>
      Array.from({ length: 1 + next(5) }, () => (next(4) === 0 ? pick(cells) : 'v')).join(
        delimiter,
      ),
    );
    return rows.join(newline) + (next(2) === 0 ? newline : '');
  }

  it('gives papaparse’s rows and quote problems for 20,000 random texts, its delimiter and line ending guessed alike', () => {
    for (let i = 0; i < 20_000; i++) {
      const text = i % 2 === 0 ? scrambled() : rowsOf();
      const whole = readWhole(text);
      const ours = read(text);
      expect(ours.rows, JSON.stringify(text)).toEqual(whole.rows);
      expect(
        ours.problems.map((p) => p.row),
        JSON.stringify(text),
      ).toEqual(whole.problems);
    }
  });
});
