import { describe, expect, it } from 'vitest';
import { dayOf, type Issue } from '../domain/index.ts';
import { CellReader } from './cell-reader.ts';
import { CsvRow, forEachCsvRow } from './csv-rows.ts';
import { ArrayCells } from './row-cells.ts';

const COLUMN = { index: 1, header: 'Cell' };

/** What `raw` gives for a cell on its own, and for the same cell as a range of a CSV text. */
function rawOf(text: string): [string, string] {
  const cells = new CellReader({ file: 'test.csv' }, []);
  cells.moveTo(new ArrayCells(['x', text]), 2);
  const own = cells.raw(COLUMN);
  const csv = new CsvRow(`x,${text},y`);
  csv.add(0, 1);
  csv.add(2, 2 + text.length);
  cells.moveTo(csv, 2);
  return [own, cells.raw(COLUMN)];
}

describe('CellReader.raw(column)', () => {
  it('gives what trim gives, for plain cells and for every kind of surrounding space', () => {
    for (const text of [
      '',
      ' ',
      'a',
      'WBRI',
      ' WBRI',
      'WBRI ',
      '\tx\t',
      '\r\nx\n',
      '\u00A001/04/2016',
      '01/04/2016\u00A0',
      '\uFEFFx',
      '\u2028x\u2029',
      '\u3000x',
      'é',
      ' é ',
      'a b',
    ]) {
      expect(rawOf(text), JSON.stringify(text)).toEqual([text.trim(), text.trim()]);
    }
  });
});

describe('CellReader over the rows of a CSV text', () => {
  /** Each row's cells read as text, a date and a gender, and the issues they raise. */
  function readAll(text: string) {
    const issues: Issue[] = [];
    const cells = new CellReader({ file: 'test.csv' }, issues);
    const rows: unknown[][] = [];
    forEachCsvRow(
      text,
      (row, n) => {
        cells.moveTo(row, n);
        rows.push([
          cells.text(col(0)),
          cells.date(col(1)),
          cells.gender(col(2)),
          cells.raw(col(3)),
        ]);
        return true;
      },
      () => {},
    );
    return { rows, issues };
  }
  const col = (index: number) => ({ index, header: `Column ${index}` });

  it('reads quoted cells, doubled quotes, spaces and short rows where they lie in the text', () => {
    const { rows, issues } = readAll(
      '"Other ""mixed""", 01/04/2024 ,"b) Female"\r\n  WBRI,"2024-04-02",a) Male,extra\r\n,,\r\n',
    );
    expect(rows).toEqual([
      ['Other "mixed"', dayOf(2024, 4, 1), 'female', ''],
      ['WBRI', dayOf(2024, 4, 2), 'male', 'extra'],
      [null, null, null, ''],
      [null, null, null, ''],
    ]);
    expect(issues).toEqual([]);
  });

  it('reports a cell it cannot read with the value as written, trimmed', () => {
    const { issues } = readAll('x," 31/02/2024 ",Martian\n');
    expect(issues.map(({ row, column, value }) => [row, column, value])).toEqual([
      [1, 'Column 1', '31/02/2024'],
      [1, 'Column 2', 'Martian'],
    ]);
  });
});
