import { describe, expect, it } from 'vitest';
import type { RecordSet } from '../domain/index.ts';
import { care, coverage, recordSet } from './fixture.ts';
import { episode, figureOf, period } from './fixture-care.ts';

const AS_AT_YEAR_END = coverage('2023-04-01', '2025-03-31');

function threePlus(lists: Partial<RecordSet>, year: string, covered = AS_AT_YEAR_END) {
  return figureOf(recordSet(lists), 'cla_3plus_placements_pct', covered, year, 'year');
}

describe('computeSeries: cla_3plus_placements_pct from SSDA903 episodes', () => {
  const careEpisodes = [
    // A: the first placement ends on 1 April, so is not one of the year's; L is no new placement
    episode('A', '2023-10-01', '2024-04-01', 'S', 'C2', 'X1'),
    episode('A', '2024-04-01', '2024-08-01', 'P', 'C2', 'X1'),
    episode('A', '2024-08-01', '2024-10-01', 'L', 'C1', 'X1'),
    episode('A', '2024-10-01', null, 'T', 'C1'),
    // B: in a placement on 1 April, then two more
    episode('B', '2023-10-01', '2024-04-02', 'S', 'C2', 'X1'),
    episode('B', '2024-04-02', '2024-09-01', 'P', 'C2', 'X1'),
    episode('B', '2024-09-01', null, 'U', 'C2'),
    // C: three placements, but no longer looked after at the year's end
    episode('C', '2024-05-01', '2024-06-01', 'S', 'C2', 'X1'),
    episode('C', '2024-06-01', '2024-07-01', 'B', 'C2', 'X1'),
    episode('C', '2024-07-01', '2024-12-01', 'P', 'C2', 'E11'),
  ];

  it('counts placements open on the first day of the year or starting in it', () => {
    expect(threePlus({ careEpisodes }, '2024-25')).toEqual([50, 1, 2]);
  });

  it('looks at each year on its own', () => {
    expect(threePlus({ careEpisodes }, '2023-24')).toEqual([0, 0, 2]);
  });
});

describe('computeSeries: cla_3plus_placements_pct from Annex A', () => {
  const carePeriods = [
    period('D', '2022-01-01', null, { placementsLast12m: 3 }),
    period('E', '2022-01-01', null, { placementsLast12m: 2 }),
    period('F', '2022-01-01', null, {}), // blank: not known
    period('G', '2022-01-01', null, { placementsLast12m: 5, legalStatus: 'V3' }),
    period('H', '2022-01-01', '2025-03-31', { placementsLast12m: 4 }), // ceased on 31 March
  ];

  it('reads "Number of Placements in the Last 12 months" for the year ending on the as-at date', () => {
    expect(threePlus({ carePeriods }, '2024-25')).toEqual([50, 1, 2]);
  });

  it('gives an earlier year, whose counts Annex A cannot tell, as unknown: not 0 of 0', () => {
    expect(threePlus({ carePeriods }, '2023-24')).toEqual([null, null, null]);
  });

  it('gives unknown when every count is blank, and no cases when nobody is looked after', () => {
    const blank = [period('F', '2022-01-01', null, {})];
    expect(threePlus({ carePeriods: blank }, '2024-25')).toEqual([null, null, null]);
    const ended = [period('F', '2022-01-01', '2023-01-01', { placementsLast12m: 4 })];
    expect(threePlus({ carePeriods: ended }, '2023-24')).toEqual([null, 0, 0]);
  });

  it('reads it for a year in progress, whose covered end is the as-at date', () => {
    const covered = coverage('2023-04-01', '2024-09-30');
    // H, who ceases on 31 March 2025, is looked after on the as-at date
    expect(threePlus({ carePeriods }, '2024-25', covered)).toEqual([(100 * 2) / 3, 2, 3]);
  });

  it('adds children known from episodes to those known from Annex A', () => {
    const careEpisodes = [
      episode('K', '2024-04-10', '2024-05-01', 'S', 'C2', 'X1'),
      episode('K', '2024-05-01', '2024-06-01', 'P', 'C2', 'X1'),
      episode('K', '2024-06-01', null, 'P', 'C2'),
    ];
    expect(threePlus({ carePeriods, careEpisodes }, '2024-25')).toEqual([(100 * 2) / 3, 2, 3]);
  });

  it('counts exact duplicate rows once', () => {
    const twice = [care('A', '2022-01-01', null), care('A', '2022-01-01', null)].map((p) => ({
      ...p,
      placementsLast12m: 3,
    }));
    expect(threePlus({ carePeriods: twice }, '2024-25')).toEqual([100, 1, 1]);
  });
});
