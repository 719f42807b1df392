import { describe, expect, it } from 'vitest';
import { type CarePeriod, dayOf } from '../../domain/index.ts';
import { readSsda903 } from './read.ts';
import { episode, tableFile } from './test-files.ts';

const FILE = 'episodes.csv';
const read = (...rows: Parameters<typeof episode>[]) =>
  readSsda903([
    tableFile(
      'Episodes',
      rows.map((row) => episode(...row)),
    ),
  ]);

function period(overrides: Partial<CarePeriod>): CarePeriod {
  return {
    childId: 'C1',
    startDate: dayOf(2024, 4, 1),
    endDate: null,
    legalStatus: null,
    legalStatusStart: null,
    placementsLast12m: null,
    placementStart: null,
    placementType: null,
    reasonCeased: null,
    ...overrides,
  };
}

const warning = (row: number, column: string, message: string) => ({
  severity: 'warning',
  file: FILE,
  row,
  column,
  message,
});

describe('readSsda903(files) chains episodes into periods of care', () => {
  it('makes one period of S, then L and P through X1 endings, ended E11', () => {
    const result = read(
      ['C1', '01/04/2024', 'S', 'C1', '10/05/2024', 'X1', 'U1'],
      ['C1', '10/05/2024', 'L', 'C2', '01/07/2024', 'X1', 'U1'],
      ['C1', '01/07/2024', 'P', 'C2', '20/08/2024', 'E11', 'K2'],
    );
    expect(result.issues).toEqual([]);
    expect(result.records.carePeriods).toEqual([
      period({
        endDate: dayOf(2024, 8, 20),
        legalStatus: 'C2',
        legalStatusStart: dayOf(2024, 5, 10), // C2 since the L episode, not the P one
        placementStart: dayOf(2024, 7, 1), // the P episode's, not the L one's
        placementType: 'K2',
        reasonCeased: 'E11',
      }),
    ]);
    expect(result.records.careEpisodes.map((e) => [e.reasonNew, e.reasonEnded])).toEqual([
      ['S', 'X1'],
      ['L', 'X1'],
      ['P', 'E11'],
    ]);
  });

  it('sorts a child episodes by DECOM whatever the file order', () => {
    const result = read(
      ['C1', '10/05/2024', 'P', 'V2', '', '', 'U4'],
      ['C1', '01/04/2024', 'S', 'V2', '10/05/2024', 'X1', 'U1'],
    );
    expect(result.issues).toEqual([]);
    expect(result.records.carePeriods).toEqual([
      period({
        legalStatus: 'V2',
        legalStatusStart: dayOf(2024, 4, 1),
        placementStart: dayOf(2024, 5, 10),
        placementType: 'U4',
      }),
    ]);
  });

  it('makes a period for each short break, keeping legal status V3', () => {
    const result = read(
      ['C2', '05/04/2024', 'S', 'V3', '07/04/2024', 'E13', 'R1'],
      ['C2', '03/05/2024', 'S', 'V3', '05/05/2024', 'E13', 'R1'],
    );
    expect(result.issues).toEqual([]);
    const shortBreak = (start: number, end: number) =>
      period({
        childId: 'C2',
        startDate: start,
        endDate: end,
        legalStatus: 'V3',
        legalStatusStart: start,
        placementStart: start,
        placementType: 'R1',
        reasonCeased: 'E13',
      });
    expect(result.records.carePeriods).toEqual([
      shortBreak(dayOf(2024, 4, 5), dayOf(2024, 4, 7)),
      shortBreak(dayOf(2024, 5, 3), dayOf(2024, 5, 5)),
    ]);
  });

  it('leaves a period open when its last episode has no DEC', () => {
    const result = read(['C3', '01/01/2024', 'S', 'V2', '', '', 'U1']);
    expect(result.records.carePeriods).toEqual([
      period({
        childId: 'C3',
        startDate: dayOf(2024, 1, 1),
        legalStatus: 'V2',
        legalStatusStart: dayOf(2024, 1, 1),
        placementStart: dayOf(2024, 1, 1),
        placementType: 'U1',
      }),
    ]);
  });

  it('starts a new period after an E code, and keeps children apart', () => {
    const result = read(
      ['C1', '01/04/2024', 'S', 'V2', '10/04/2024', 'E4A'],
      ['C2', '02/04/2024', 'S', 'C1'],
      ['C1', '01/06/2024', 'S', 'C2'],
    );
    expect(result.issues).toEqual([]);
    expect(result.records.carePeriods.map((p) => [p.childId, p.startDate, p.endDate])).toEqual([
      ['C1', dayOf(2024, 4, 1), dayOf(2024, 4, 10)],
      ['C1', dayOf(2024, 6, 1), null],
      ['C2', dayOf(2024, 4, 2), null],
    ]);
  });
});

describe('readSsda903(files) warns of episodes out of order', () => {
  it('warns of a gap after X1, and still continues the period', () => {
    const result = read(
      ['C1', '01/04/2024', 'S', 'C1', '10/05/2024', 'X1'],
      ['C1', '12/05/2024', 'P', 'C1', '01/06/2024', 'E11'],
    );
    expect(result.issues).toEqual([
      warning(
        3,
        'DECOM',
        'The episode at row 2 ended X1 on 10/05/2024, so the next should start that day, not 12/05/2024: the period of care is read as continuing.',
      ),
    ]);
    expect(result.records.carePeriods.map((p) => [p.startDate, p.endDate])).toEqual([
      [dayOf(2024, 4, 1), dayOf(2024, 6, 1)],
    ]);
  });

  it('warns of overlapping episodes', () => {
    const result = read(
      ['C1', '01/04/2024', 'S', 'C1', '10/05/2024', 'X1'],
      ['C1', '05/05/2024', 'P', 'C1'],
      ['C2', '01/04/2024', 'S', 'C1'],
      ['C2', '01/05/2024', 'S', 'C1'],
    );
    expect(result.issues).toEqual([
      warning(
        3,
        'DECOM',
        "This episode starts before the episode at row 2 ended (10/05/2024): a child's episodes should not overlap.",
      ),
      warning(
        5,
        'DECOM',
        "This episode starts while the episode at row 4 is still open: a child's episodes should not overlap.",
      ),
    ]);
  });

  it('warns of a first episode that is not S, and still starts a period with it', () => {
    const result = read(['C1', '01/04/2024', 'P', 'C2']);
    expect(result.issues).toEqual([
      warning(
        2,
        'DECOM',
        'This episode continues a period of care not in the file: its RNE is not S and no episode ending X1 comes before it. It is read as the start of a period.',
      ),
    ]);
    expect(result.records.carePeriods).toHaveLength(1);
  });

  it('warns of a last episode ending X1, and leaves the period open', () => {
    const result = read(['C1', '01/04/2024', 'S', 'C2', '10/05/2024', 'X1']);
    expect(result.issues).toEqual([
      warning(
        2,
        'REC',
        'This episode ends X1 (another episode began the same day), but no later episode follows: the period of care is read as still open.',
      ),
    ]);
    expect(result.records.carePeriods[0]?.endDate).toBeNull();
  });

  it('warns of an episode ending before it starts', () => {
    const result = read(['C1', '01/04/2024', 'S', 'C2', '01/03/2024', 'E11']);
    expect(result.issues).toEqual([
      {
        ...warning(
          2,
          'DEC',
          'This date is before the "DECOM" (01/04/2024): the episode ends before it starts, and is kept as it is.',
        ),
        value: '01/03/2024',
      },
    ]);
  });
});
