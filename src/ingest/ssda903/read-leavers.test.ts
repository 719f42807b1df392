import { describe, expect, it } from 'vitest';
import { parseIsoDay } from '../../domain/index.ts';
import { readSsda903 } from './read.ts';
import { episode, headerRow, tableFile } from './test-files.ts';

const d = (iso: string) => parseIsoDay(iso) ?? Number.NaN;
const oc3 = (child: string, inTouch: string, activ: string, accom: string, dob = '01/01/2005') => ({
  CHILD: child,
  DOB: dob,
  IN_TOUCH: inTouch,
  ACTIV: activ,
  ACCOM: accom,
});

describe('readSsda903(files) reads OC3 into care leavers', () => {
  it('splits ACCOM into accommodation and suitability, in either case', () => {
    const result = readSsda903([
      tableFile('OC3', [
        oc3('L1', 'YES', 'F1', 'b1'),
        oc3('L2', 'NO', 'P5', 'Z2'),
        oc3('L3', 'DIED', '0', '0'),
      ]),
    ]);
    expect(result.issues).toEqual([]);
    expect(
      result.records.careLeavers.map((l) => [
        l.childId,
        l.inTouch,
        l.activity,
        l.accommodation,
        l.accommodationSuitable,
      ]),
    ).toEqual([
      ['L1', 'YES', 'F1', 'B', true],
      ['L2', 'NO', 'P5', 'Z', false],
      ['L3', 'DIED', '0', '0', null],
    ]);
  });

  it('adds a child with no Header row, with the OC3 birth date; a Header birth date wins', () => {
    const result = readSsda903([
      tableFile('Header', [headerRow('L1', '2', '03/03/2004')]),
      tableFile('OC3', [oc3('L1', 'YES', 'F1', 'B1', '04/04/2004'), oc3('L2', 'YES', 'F1', 'B1')]),
    ]);
    expect(result.records.careLeavers.map((l) => [l.childId, l.birthDate])).toEqual([
      ['L1', d('2004-03-03')],
      ['L2', d('2005-01-01')],
    ]);
    expect(result.records.children).toEqual([
      { childId: 'L1', gender: 'female', ethnicity: 'WBRI', birthDate: d('2004-03-03') },
      { childId: 'L2', gender: null, ethnicity: null, birthDate: d('2005-01-01') },
    ]);
  });

  it('keeps the later of two years’ rows for a child, with a warning naming both files', () => {
    const result = readSsda903([
      tableFile('OC3', [oc3('L1', 'YES', 'F2', 'D1')], 'oc3 2023.csv'),
      tableFile('OC3', [oc3('L1', 'YES', 'F1', 'U1')], 'oc3 2024.csv'),
    ]);
    expect(result.records.careLeavers).toMatchObject([{ activity: 'F1', accommodation: 'U' }]);
    expect(result.issues).toMatchObject([
      {
        severity: 'warning',
        file: 'oc3 2024.csv',
        row: 2,
        message: expect.stringContaining('row 2 of "oc3 2023.csv"'),
      },
    ]);
  });

  it('keeps unknown IN_TOUCH, ACTIV, ACCOM, PLACE and REC codes as written, each with a warning', () => {
    const result = readSsda903([
      tableFile('OC3', [oc3('L1', 'MAYBE', 'F9', 'A1'), oc3('L2', '', 'F1', 'B3')]),
      tableFile('Episodes', [
        episode('C1', '01/04/2023', 'S', 'C2', '', '', 'U9'),
        episode('C2', '01/04/2023', 'S', 'C2', '02/04/2023', 'E99'),
      ]),
    ]);
    expect(result.records.careLeavers.map((l) => [l.inTouch, l.activity, l.accommodation])).toEqual(
      [
        ['MAYBE', 'F9', 'A1'],
        [null, 'F1', 'B3'],
      ],
    );
    expect(result.records.careEpisodes).toMatchObject([
      { placement: 'U9' },
      { reasonEnded: 'E99' },
    ]);
    expect(result.records.carePeriods).toMatchObject([
      { placementType: 'U9' },
      { reasonCeased: 'E99' },
    ]);
    const found = result.issues.map((i) => [i.severity, i.file, i.row, i.column, i.value]);
    expect(found).toEqual([
      ['warning', 'oc3.csv', 2, 'IN_TOUCH', 'MAYBE'],
      ['warning', 'oc3.csv', 2, 'ACTIV', 'F9'],
      ['warning', 'oc3.csv', 2, 'ACCOM', 'A1'],
      ['error', 'oc3.csv', 3, 'IN_TOUCH', ''],
      ['warning', 'oc3.csv', 3, 'ACCOM', 'B3'],
      ['warning', 'episodes.csv', 2, 'PLACE', 'U9'],
      ['warning', 'episodes.csv', 3, 'REC', 'E99'],
    ]);
  });
});
