import { describe, expect, it } from 'vitest';
import { CellReader } from './cell-reader.ts';
import { CsvRow } from './csv-rows.ts';
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
