import { describe, expect, it } from 'vitest';
import { dayOf } from '../../domain/index.ts';
import { csvFile, textFile } from '../annex-a/test-files.ts';
import { TABLE_NAMES } from './fields.ts';
import { readSsda903 } from './read.ts';
import { episode, headerRow, TABLE_HEADERS, tableFile } from './test-files.ts';

const ROWS = {
  Header: [headerRow('C1')],
  Episodes: [episode('C1', '01/04/2024', 'S', 'C2')],
  UASC: [{ CHILD: 'C1', SEX: '2', DOB: '01/06/2008', DUC: '01/06/2026' }],
  OC3: [{ CHILD: 'C1', DOB: '01/06/2005', IN_TOUCH: 'YES', ACTIV: 'F2', ACCOM: 'S1' }],
  Missing: [{ CHILD: 'C1', DOB: '01/06/2012', MISSING: 'M', MIS_START: '02/05/2024' }],
  Reviews: [{ CHILD: 'C1', DOB: '01/06/2012', REVIEW: '15/05/2024', REVIEW_CODE: 'PN1' }],
} as const;

describe('readSsda903(files) recognises each table', () => {
  it.each(TABLE_NAMES)('reads the %s table by its file name, counting its rows', (table) => {
    const result = readSsda903([tableFile(table, ROWS[table], `SSDA903 ${table} 2024.csv`)]);
    expect(result.issues).toEqual([]);
    expect(result.files).toEqual([
      { name: `SSDA903 ${table} 2024.csv`, format: 'ssda903-csv', list: null, table, rows: 1 },
    ]);
  });

  it.each(TABLE_NAMES)('reads the %s table by its headers when the name does not say', (table) => {
    const result = readSsda903([tableFile(table, ROWS[table], 'export.csv')]);
    expect(result.issues).toEqual([]);
    expect(result.files[0]?.table).toBe(table);
  });

  it('reads Header rows into children (SEX 1 male, 2 female)', () => {
    const result = readSsda903([tableFile('Header', [headerRow('C1', '1'), headerRow('C2', '2')])]);
    expect(result.records.children).toEqual([
      { childId: 'C1', gender: 'male', ethnicity: 'WBRI', birthDate: dayOf(2012, 6, 1) },
      { childId: 'C2', gender: 'female', ethnicity: 'WBRI', birthDate: dayOf(2012, 6, 1) },
    ]);
  });

  it('adds a child for episodes with no Header row, keeping Header details where there are', () => {
    const result = readSsda903([
      tableFile('Episodes', [
        episode('C9', '01/04/2024', 'S', 'C2'),
        episode('C1', '01/04/2024', 'S', 'C2'),
      ]),
      tableFile('Header', [headerRow('C1')]),
    ]);
    expect(result.records.children).toEqual([
      { childId: 'C1', gender: 'male', ethnicity: 'WBRI', birthDate: dayOf(2012, 6, 1) },
      { childId: 'C9', gender: null, ethnicity: null, birthDate: null },
    ]);
  });

  it('keeps the other tables rows in extra, with their file and row', () => {
    const result = readSsda903(TABLE_NAMES.map((table) => tableFile(table, ROWS[table])));
    expect(result.issues).toEqual([]);
    expect(result.extra).toEqual({
      uasc: [
        {
          file: 'uasc.csv',
          row: 2,
          childId: 'C1',
          sex: 'female',
          birthDate: dayOf(2008, 6, 1),
          ceasedUasc: dayOf(2026, 6, 1),
        },
      ],
      oc3: [
        {
          file: 'oc3.csv',
          row: 2,
          childId: 'C1',
          birthDate: dayOf(2005, 6, 1),
          inTouch: 'YES',
          activity: 'F2',
          accommodation: 'S1',
        },
      ],
      missing: [
        {
          file: 'missing.csv',
          row: 2,
          childId: 'C1',
          birthDate: dayOf(2012, 6, 1),
          kind: 'M',
          start: dayOf(2024, 5, 2),
          end: null,
        },
      ],
      reviews: [
        {
          file: 'reviews.csv',
          row: 2,
          childId: 'C1',
          birthDate: dayOf(2012, 6, 1),
          review: dayOf(2024, 5, 15),
          reviewCode: 'PN1',
        },
      ],
    });
  });

  it('gives an error for a file it cannot place, and one lacking a required column', () => {
    const result = readSsda903([
      csvFile('export.csv', ['CHILD', 'DOB'], [{ CHILD: 'C1' }]),
      csvFile('episodes.csv', ['CHILD', 'DECOM', 'RNE', 'PLACE', 'DEC', 'REC'], []),
    ]);
    expect(result.issues).toEqual([
      {
        severity: 'error',
        file: 'export.csv',
        message:
          'Cannot tell which SSDA903 table this file holds: name it after its table (such as "episodes.csv") or give it the table\'s column headers.',
      },
      {
        severity: 'error',
        file: 'episodes.csv',
        row: 1,
        column: 'LS',
        message: 'There is no "LS" column, which the SSDA903 Episodes table must have.',
      },
    ]);
    expect(result.files.map((f) => f.table)).toEqual([null, 'Episodes']);
  });

  it('has headers for every table it reads', () => {
    expect(Object.keys(TABLE_HEADERS)).toEqual(TABLE_NAMES);
  });
});

describe('readSsda903(files) decodes Windows-1252', () => {
  it('reads a Windows-1252 file with a byte-order mark, keeping £, é and –', () => {
    const text = 'CHILD,SEX,DOB,ETHNIC\r\nC1,1,01/06/2012,Other \u2013 caf\u00e9 \u00a3\r\n';
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...windows1252(text)]);
    const result = readSsda903([{ name: 'header.csv', bytes }]);
    expect(result.issues).toEqual([]);
    expect(result.records.children[0]?.ethnicity).toBe('Other \u2013 caf\u00e9 \u00a3');
  });

  it('reads UTF-8 as UTF-8', () => {
    const result = readSsda903([
      textFile('header.csv', 'CHILD,SEX,DOB,ETHNIC\nC1,1,01/06/2012,é\n'),
    ]);
    expect(result.records.children[0]?.ethnicity).toBe('é');
  });
});

/** The test text's characters in Windows-1252: ASCII, and the three below. */
function windows1252(text: string): number[] {
  const special: Record<string, number> = { '\u2013': 0x96, é: 0xe9, '£': 0xa3 };
  return [...text].map((c) => special[c] ?? c.charCodeAt(0));
}
