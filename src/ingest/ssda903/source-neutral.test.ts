import { describe, expect, it } from 'vitest';
import type { CareLeaver, CarePeriod } from '../../domain/index.ts';
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
    'Reason Ceased to be Looked After': 'a) E11: Adopted - application unopposed',
    'Placement Type': 'U4) Foster placement with other foster carer - long term fostering',
  },
  {
    'Child Unique ID': 'C2',
    'Date Started to be Looked After': '15/06/2023',
    'Start date of current legal status': '15/06/2023',
    "Child's Legal Status": 'Accommodated under section 20',
    'Placement Type': "p) K2: Children's Homes",
  },
  {
    'Child Unique ID': 'C3',
    'Date Started to be Looked After': '01/02/2024',
    'Start date of current legal status': '01/02/2024',
    "Child's Legal Status": 'Single short break',
    'Date Ceased to be Looked After': '03/02/2024',
    'Reason Ceased to be Looked After': 'E13',
    'Placement Type': 'a) U1: Foster placement - relatives - long term',
  },
];

const EPISODES = [
  episode('C1', '01/04/2023', 'S', 'C1', '01/09/2023', 'X1', 'U6'),
  episode('C1', '01/09/2023', 'L', 'C2', '20/11/2023', 'X1', 'U6'),
  episode('C1', '20/11/2023', 'P', 'C2', '31/01/2024', 'E11', 'u4'),
  episode('C2', '15/06/2023', 'S', 'V2', '', '', 'K2'),
  episode('C3', '01/02/2024', 'S', 'V3', '03/02/2024', 'E13'),
];

/** The fields Annex A List 8 and SSDA903 Episodes both hold. */
const compared = (p: CarePeriod) => ({
  childId: p.childId,
  startDate: p.startDate,
  endDate: p.endDate,
  legalStatus: p.legalStatus,
  legalStatusStart: p.legalStatusStart,
  placementType: p.placementType,
  reasonCeased: p.reasonCeased,
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
    expect(ssda903.records.carePeriods.map((p) => p.placementType)).toEqual(['U4', 'K2', 'U1']);
  });

  it('give the same care leavers: OC3 with the Header birth date, List 9 in Annex A words', () => {
    const common = (id: string, dob: string) => ({
      'Child Unique ID': id,
      Gender: 'a) Male',
      'Date of Birth': dob,
    });
    const annexA = readAnnexACsv([
      listFile(9, [
        {
          ...common('L1', '01/06/2005'),
          'UASC, or formerly UASC if 18 or over (Y/N)': 'a) Yes',
          'LA in Touch': 'a) Yes',
          'Type of Accommodation': 'D: Semi-independent, transitional accommodation',
          'Suitability of Accommodation': 'a) Suitable',
          'Activity Status': 'F2) Full time in education other than higher education',
        },
        {
          ...common('L2', '15/09/2004'),
          'LA in Touch': 'c) Young person refuses contact',
          'Type of Accommodation': 'Bed and breakfast',
          'Suitability of Accommodation': 'b) Unsuitable',
          'Activity Status':
            'G6) Not in education, employment or training - pregnancy or parenting',
        },
        { ...common('L3', '29/02/2004'), 'LA in Touch': 'No longer required' },
      ]),
    ]);
    const oc3 = (child: string, inTouch: string, activ: string, accom: string) => ({
      CHILD: child,
      DOB: '01/01/2000',
      IN_TOUCH: inTouch,
      ACTIV: activ,
      ACCOM: accom,
    });
    const ssda903 = readSsda903([
      tableFile('Header', [
        headerRow('L1', '1', '01/06/2005'),
        headerRow('L2', '1', '15/09/2004'),
        headerRow('L3', '1', '29/02/2004'),
      ]),
      tableFile('UASC', [{ CHILD: 'L1', SEX: '1', DOB: '01/06/2005', DUC: '01/06/2023' }]),
      tableFile('OC3', [
        oc3('L1', 'YES', 'F2', 'D1'),
        oc3('L2', 'refu', 'g6', 'w2'),
        oc3('L3', 'NREQ', '', ''),
      ]),
    ]);
    expect(annexA.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(ssda903.issues).toEqual([]);
    const held = ({
      eligibility: _,
      latestContact: __,
      pathwayPlanReview: ___,
      ...rest
    }: CareLeaver) => rest;
    expect(ssda903.records.careLeavers.map(held)).toEqual(annexA.records.careLeavers.map(held));
    expect(ssda903.records.careLeavers.map((l) => [l.inTouch, l.accommodation, l.uasc])).toEqual([
      ['YES', 'D', true],
      ['REFU', 'W', null],
      ['NREQ', null, null],
    ]);
  });
});
