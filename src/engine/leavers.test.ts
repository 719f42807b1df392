import { describe, expect, it } from 'vitest';
import type { CareLeaver, WindowKind } from '../domain/index.ts';
import { coverage, recordSet } from './fixture.ts';
import { child, figureOf, leaver } from './fixture-care.ts';

const YEARS = coverage('2023-04-01', '2025-03-31');

const careLeavers: CareLeaver[] = [
  leaver('A', '2007-06-10', { activity: 'F1', accommodationSuitable: true }), // 17 on 10 Jun 2024
  leaver('B', '2006-04-01', { activity: 'G5', accommodationSuitable: false }), // 18 on 1 Apr 2024
  leaver('C', '2006-03-31', { activity: 'G6' }), // 18 in 2023-24; 19 on 31 Mar 2025
  leaver('D', '2008-02-29', { activity: 'P4', accommodation: 'B1' }), // 17 on 28 Feb 2025
  leaver('E', '2007-01-15', { activity: '0', accommodation: 'B2' }), // 18 on 15 Jan 2025
  leaver('F', '2007-09-09'), // activity and accommodation blank
  leaver('G', '2007-07-07', { inTouch: 'DIED', activity: 'F1' }),
  leaver('H', '2007-07-08', { inTouch: 'RHOM', activity: 'F1' }),
  leaver('I', '2007-10-10', { inTouch: 'NREQ' }),
  leaver('J', null, { activity: 'F1' }), // no date of birth anywhere
  leaver('K', null, { activity: 'F2', accommodation: 'D', accommodationSuitable: true }),
  leaver('L', '2007-11-11', { activity: 'G4' }),
  leaver('L', '2007-11-11', { activity: 'F4', accommodation: 'U' }), // the later record wins
  leaver('M', '2003-12-01', { activity: 'F5' }), // 21 on 1 Dec 2024
  leaver('N', '2002-12-01', { activity: 'F5' }), // 22: too old
];
const children = [child('K', '2007-05-05')];

function figure(id: string, period: string, kind: WindowKind = 'year', covered = YEARS) {
  return figureOf(recordSet({ careLeavers, children }), id, covered, period, kind);
}

describe('computeSeries: care leaver cohorts', () => {
  it('takes those turning 17 or 18 in the window; not known and blank stay in the base', () => {
    expect(figure('care_leavers_eet_17_18_pct', '2024-25')).toEqual([50, 4, 8]);
  });

  it('takes suitability from its column, else from an SSDA903 code ending in 1', () => {
    expect(figure('care_leavers_suitable_accom_17_18_pct', '2024-25')).toEqual([37.5, 3, 8]);
  });

  it('takes those turning 19, 20 or 21 in the window', () => {
    expect(figure('care_leavers_eet_19_21_pct', '2024-25')).toEqual([50, 1, 2]);
    expect(figure('care_leavers_suitable_accom_19_21_pct', '2024-25')).toEqual([0, 0, 2]);
  });

  it('places each care leaver on the birthday, for any window', () => {
    expect(figure('care_leavers_eet_17_18_pct', '2024-06', 'month')).toEqual([100, 1, 1]);
    expect(figure('care_leavers_eet_17_18_pct', '2025-02', 'month')).toEqual([100, 1, 1]);
    expect(figure('care_leavers_eet_17_18_pct', '2024-05', 'month')).toEqual([100, 1, 1]);
    expect(figure('care_leavers_eet_17_18_pct', '2024-08', 'month')).toEqual([null, 0, 0]);
  });

  it('counts only birthdays on covered days of a partial window', () => {
    const covered = coverage('2024-06-01', '2025-03-31');
    // B (1 April) and K (5 May) turned 17 or 18 before the data start
    expect(figure('care_leavers_eet_17_18_pct', '2024-25', 'year', covered)).toEqual([50, 3, 6]);
  });
});
