import { describe, expect, it } from 'vitest';
import { dayOf } from '../../domain/index.ts';
import { readSsda903 } from './read.ts';
import { episode, tableFile } from './test-files.ts';

const FILE = 'episodes.csv';
const issue = (severity: string, row: number, column: string, value: string, message: string) => ({
  severity,
  file: FILE,
  row,
  column,
  value,
  message,
});

describe('readSsda903(files) reports cells it cannot read', () => {
  it('gives an error with file, row, column and value for unknown RNE, LS and REC codes', () => {
    const result = readSsda903([
      tableFile('Episodes', [
        episode('C1', '01/04/2024', 'Z', 'C1', '01/05/2024', 'E11'),
        episode('C2', '01/04/2024', 'S', 'X9', '01/05/2024', 'E11'),
        episode('C3', '01/04/2024', 'S', 'C2', '01/05/2024', 'Q1'),
      ]),
    ]);
    expect(result.issues).toEqual([
      issue(
        'error',
        2,
        'RNE',
        'Z',
        'Cannot read this as a reason for new episode: use S, L, P, T, B or U.',
      ),
      issue(
        'error',
        3,
        'LS',
        'X9',
        'Cannot read this as a legal status: use the Annex A wording (such as "a) Interim care order") or an SSDA903 code (C1, C2, D1, E1, V2, V3, V4, L1, L2, L3, J1, J2, J3).',
      ),
      issue(
        'error',
        4,
        'REC',
        'Q1',
        'Cannot read this as a reason episode ceased: use X1 or a code starting with E (such as E11, E4A).',
      ),
    ]);
  });

  it('accepts X1 and E codes in any case, and every legal status code', () => {
    const codes = ['C1', 'C2', 'D1', 'E1', 'V2', 'V3', 'V4', 'L1', 'L2', 'L3', 'J1', 'J2', 'J3'];
    const rows = codes.map((ls, i) =>
      episode(`C${i}`, '01/04/2024', 'S', ls, '02/04/2024', ['e4a', 'E45', 'E2'][i % 3]),
    );
    const result = readSsda903([tableFile('Episodes', rows)]);
    expect(result.issues).toEqual([]);
    expect(result.records.careEpisodes.map((e) => e.legalStatus)).toEqual(codes);
    expect(result.records.careEpisodes[0]?.reasonEnded).toBe('E4A');
  });

  it('gives an error for a bad date, and leaves out an episode without a DECOM', () => {
    const result = readSsda903([
      tableFile('Episodes', [
        episode('C1', '31/02/2024', 'S', 'C2'),
        episode('C2', '01/04/2024', 'S', 'C2', '1st May', 'E11'),
      ]),
    ]);
    expect(result.issues).toEqual([
      issue(
        'error',
        2,
        'DECOM',
        '31/02/2024',
        'This date does not exist: check the day and the month.',
      ),
      issue(
        'error',
        3,
        'DEC',
        '1st May',
        'Cannot read this as a date: use dd/mm/yyyy, yyyy-mm-dd or an Excel date number.',
      ),
    ]);
    expect(result.records.careEpisodes.map((e) => e.childId)).toEqual(['C2']);
  });

  it('gives an error for blank RNE and LS, and for a DEC without a REC', () => {
    const result = readSsda903([
      tableFile('Episodes', [episode('C1', '01/04/2024', '', '', '01/05/2024')]),
    ]);
    expect(result.issues.map((i) => [i.severity, i.column, i.value])).toEqual([
      ['error', 'RNE', ''],
      ['error', 'LS', ''],
      ['error', 'REC', ''],
    ]);
  });

  it('warns of a REC without a DEC, and reads the episode as open', () => {
    const result = readSsda903([
      tableFile('Episodes', [episode('C1', '01/04/2024', 'S', 'C2', '', 'E11')]),
    ]);
    expect(result.issues).toEqual([
      issue(
        'warning',
        2,
        'REC',
        'E11',
        'There is no "DEC", so this reason is set aside: the episode is read as still open.',
      ),
    ]);
    expect(result.records.carePeriods[0]?.endDate).toBeNull();
  });

  it('reports an unknown MISSING code in the Missing table', () => {
    const result = readSsda903([
      tableFile('Missing', [{ CHILD: 'C1', MISSING: 'X', MIS_START: '01/05/2024' }]),
    ]);
    expect(result.issues).toEqual([
      {
        severity: 'error',
        file: 'missing.csv',
        row: 2,
        column: 'MISSING',
        value: 'X',
        message: 'Cannot read this as a missing or absence episode: use M or A.',
      },
    ]);
  });
});

describe('readSsda903(files) merges duplicate episodes', () => {
  it('counts an exact duplicate once, and lets a differing later row win', () => {
    const result = readSsda903([
      tableFile('Episodes', [
        episode('C1', '01/04/2024', 'S', 'C1', '01/05/2024', 'E11'),
        episode('C1', '01/04/2024', 'S', 'C1', '01/05/2024', 'E11'),
        episode('C2', '01/04/2024', 'S', 'C1'),
        episode('C2', '01/04/2024', 'S', 'C2', '', '', 'K2'),
      ]),
    ]);
    expect(result.issues).toEqual([
      {
        severity: 'warning',
        file: FILE,
        row: 3,
        message: 'Duplicate row, counted once: every column Outturn reads matches row 2.',
      },
      {
        severity: 'warning',
        file: FILE,
        row: 5,
        message:
          'Same child and DECOM as row 4, but other values differ: row 5 is used and row 4 set aside.',
      },
    ]);
    expect(result.records.careEpisodes.map((e) => [e.childId, e.legalStatus, e.placement])).toEqual(
      [
        ['C1', 'C1', 'U1'],
        ['C2', 'C2', 'K2'],
      ],
    );
    expect(result.records.carePeriods.map((p) => [p.childId, p.endDate, p.legalStatus])).toEqual([
      ['C1', dayOf(2024, 5, 1), 'C1'],
      ['C2', null, 'C2'],
    ]);
  });

  it('places chain warnings at the row that won, across files', () => {
    const result = readSsda903([
      tableFile(
        'Episodes',
        [episode('C1', '01/04/2024', 'S', 'C1', '10/05/2024', 'X1')],
        'episodes 2023.csv',
      ),
      tableFile('Episodes', [episode('C1', '12/05/2024', 'P', 'C1')], 'episodes 2024.csv'),
    ]);
    expect(result.issues).toEqual([
      {
        severity: 'warning',
        file: 'episodes 2024.csv',
        row: 2,
        column: 'DECOM',
        message:
          'The episode at row 2 of "episodes 2023.csv" ended X1 on 10/05/2024, so the next should start that day, not 12/05/2024: the period of care is read as continuing.',
      },
    ]);
  });
});
