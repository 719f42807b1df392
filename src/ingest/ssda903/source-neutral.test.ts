import { describe, expect, it } from 'vitest';
import type { CarePeriod } from '../../domain/index.ts';
import { readAnnexACsv } from '../annex-a/read-csv.ts';
import { type Cells, listFile } from '../annex-a/test-files.ts';
import { readSsda903 } from './read.ts';
import { episode, headerRow, tableFile } from './test-files.ts';

/** Three looked-after children: a care order that ended, section 20 still open, a short break. */
const LIST_8: Cells[] = [
  {
    'Child Unique ID': 'C1',
    'Date Started to be Looked After': '01/04/2023',
    'Start date of current legal status': '01/09/2023',
    "Child's Legal Status": 'b) Full care order',
    'Date Ceased to be Looked After': '31/01/2024',
    'Reason Ceased to be Looked After': 'E11',
  },
  {
    'Child Unique ID': 'C2',
    'Date Started to be Looked After': '15/06/2023',
    'Start date of current legal status': '15/06/2023',
    "Child's Legal Status": 'Accommodated under section 20',
  },
  {
    'Child Unique ID': 'C3',
    'Date Started to be Looked After': '01/02/2024',
    'Start date of current legal status': '01/02/2024',
    "Child's Legal Status": 'Single short break',
    'Date Ceased to be Looked After': '03/02/2024',
    'Reason Ceased to be Looked After': 'E13',
  },
];

const EPISODES = [
  episode('C1', '01/04/2023', 'S', 'C1', '01/09/2023', 'X1'),
  episode('C1', '01/09/2023', 'L', 'C2', '20/11/2023', 'X1'),
  episode('C1', '20/11/2023', 'P', 'C2', '31/01/2024', 'E11'),
  episode('C2', '15/06/2023', 'S', 'V2'),
  episode('C3', '01/02/2024', 'S', 'V3', '03/02/2024', 'E13'),
];

const compared = ({ childId, startDate, endDate, legalStatus, legalStatusStart }: CarePeriod) => ({
  childId,
  startDate,
  endDate,
  legalStatus,
  legalStatusStart,
});

describe('readSsda903(files) and readAnnexACsv(files) agree', () => {
  it('give the same periods of care for the same children', () => {
    const annexA = readAnnexACsv([listFile(8, LIST_8)]);
    const ssda903 = readSsda903([
      tableFile(
        'Header',
        ['C1', 'C2', 'C3'].map((id) => headerRow(id)),
      ),
      tableFile('Episodes', EPISODES),
    ]);
    expect(annexA.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(ssda903.issues).toEqual([]);
    expect(ssda903.records.carePeriods.map(compared)).toEqual(
      annexA.records.carePeriods.map(compared),
    );
    expect(ssda903.records.carePeriods.map((p) => p.legalStatus)).toEqual(['C2', 'V2', 'V3']);
  });
});
