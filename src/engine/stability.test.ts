import { describe, expect, it } from 'vitest';
import type { RecordSet } from '../domain/index.ts';
import { coverage, recordSet } from './fixture.ts';
import { child, episode, figureOf, period } from './fixture-care.ts';

const COVERED = coverage('2019-04-01', '2025-03-31');
/** Annex A's placement is known as at its extract: these end on 31 March 2024. */
const TO_MARCH_2024 = coverage('2019-04-01', '2024-03-31');

function stability(
  lists: Partial<RecordSet>,
  when: string,
  kind: 'year' | 'month' = 'year',
  covered = COVERED,
) {
  return figureOf(recordSet(lists), 'cla_long_term_stability_pct', covered, when, kind);
}

describe('computeSeries: cla_long_term_stability_pct from Annex A, on the as-at date', () => {
  const children = [
    child('A', '2010-01-01'),
    child('B', '2010-01-01'),
    child('C', '2010-01-01'),
    child('D', '2008-03-31'),
    child('E', '2008-04-01'),
    child('G', '2010-01-01'),
    child('H', '2010-01-01'),
  ];
  const carePeriods = [
    // 30 months looked after on 30 March 2024; 2 years in the placement on 31 March
    period('A', '2021-09-30', null, { placementStart: '2022-03-31' }),
    // 30 months a day after the window's end: not yet long-term
    period('B', '2021-10-01', null, { placementStart: '2021-10-01' }),
    // long-term, but 2 years in the placement only on 1 April
    period('C', '2021-01-01', null, { placementStart: '2022-04-01' }),
    // 16 on 31 March 2024: no longer under 16
    period('D', '2020-01-01', null, { placementStart: '2020-01-01' }),
    // 16 on 1 April 2024: under 16 on 31 March
    period('E', '2020-01-01', null, { placementStart: '2020-01-01' }),
    // no date of birth
    period('F', '2020-01-01', null, { placementStart: '2020-01-01' }),
    // the most recent placement's start is after the as-at date: the one then is not known
    period('G', '2020-01-01', null, { placementStart: '2024-05-01' }),
    // placement start blank
    period('H', '2020-01-01', null, {}),
  ];

  it('follows each edge: 2.5 years, 2 years, under 16, and what is not known', () => {
    const figure = stability({ children, carePeriods }, '2023-24', 'year', TO_MARCH_2024);
    expect(figure).toEqual([(100 * 2) / 3, 2, 3]);
  });

  it('reaches 30 months and 2 years from 29 February and the 31st on 28 February', () => {
    const lists = {
      children: [child('J', '2012-06-01')],
      carePeriods: [period('J', '2019-08-31', null, { placementStart: '2020-02-29' })],
    };
    const toFebruary = coverage('2019-04-01', '2022-02-28');
    expect(stability(lists, '2022-02', 'month', toFebruary)).toEqual([100, 1, 1]);
    // a month earlier J is not yet long-term looked after: no cases (known), not unknown
    expect(stability(lists, '2022-01', 'month', toFebruary)).toEqual([null, 0, 0]);
  });
});

describe('computeSeries: cla_long_term_stability_pct before the as-at date', () => {
  const children = ['P', 'Q', 'R', 'S'].map((id) => child(id, '2012-01-01'));
  const carePeriods = [
    // in one placement since 2020: Annex A says so only as at its extract, 31 March 2025
    period('P', '2019-01-01', null, { placementStart: '2020-01-01' }),
    // moved on 1 January 2024: where Q was placed before that, Annex A does not say
    period('Q', '2019-01-01', null, { placementStart: '2024-01-01' }),
  ];
  // R: looked after since 2019, a new placement on 1 June 2022; known every day from episodes
  const careEpisodes = [
    episode('R', '2019-01-01', '2022-06-01', 'S', 'C2', 'X1'),
    episode('R', '2022-06-01', null, 'P', 'C2'),
  ];

  it('leaves Annex A children out before the as-at date: unknown, not a biased figure', () => {
    // the old reading counted P only (placed since before the date) and gave 100%
    expect(stability({ children, carePeriods }, '2022-23')).toEqual([null, null, null]);
    expect(stability({ children, carePeriods }, '2023-12', 'month')).toEqual([null, null, null]);
  });

  it('reads Annex A placements on the as-at date', () => {
    // P in one placement for over 2 years; Q for 15 months
    expect(stability({ children, carePeriods }, '2024-25')).toEqual([50, 1, 2]);
  });

  it('counts children known from SSDA903 episodes on earlier dates, Annex A ones left out', () => {
    // R: in the base (since 2019), in the placement under 2 years on 31 March 2023
    const lists = { children, carePeriods, careEpisodes };
    expect(stability(lists, '2022-23')).toEqual([0, 0, 1]);
    // on 31 March 2025 R has been in it 2 years and 10 months, P over 5, Q 15 months
    expect(stability(lists, '2024-25')).toEqual([(100 * 2) / 3, 2, 3]);
  });

  it('gives no cases (0 of 0), not unknown, when no child is long-term looked after', () => {
    // on 31 March 2021 P and Q have been looked after 27 months: nobody to leave out
    expect(stability({ children, carePeriods }, '2020-21')).toEqual([null, 0, 0]);
  });

  it('treats a child of unknown age as unknown, not as no case', () => {
    const lists = {
      children: [child('S', null)],
      carePeriods: [period('S', '2019-01-01', null, { placementStart: '2019-01-01' })],
    };
    expect(stability(lists, '2024-25')).toEqual([null, null, null]);
  });
});

describe('computeSeries: cla_long_term_stability_pct from SSDA903 episodes', () => {
  const children = ['K', 'L', 'M', 'N'].map((id) => child(id, '2012-01-01'));

  it('keeps a placement through a legal status change, and starts one with T', () => {
    const careEpisodes = [
      episode('K', '2020-01-01', '2021-01-01', 'S', 'C2', 'X1'),
      episode('K', '2021-01-01', '2023-01-01', 'P', 'C2', 'X1'),
      episode('K', '2023-01-01', null, 'L', 'C1'),
      episode('L', '2020-01-01', '2023-01-01', 'S', 'C2', 'X1'),
      episode('L', '2023-01-01', null, 'T', 'C2'),
    ];
    expect(stability({ children, careEpisodes }, '2023-24')).toEqual([50, 1, 2]);
  });

  it('starts continuity again after leaving care, or a spell of short breaks only', () => {
    const careEpisodes = [
      episode('M', '2019-01-01', '2022-06-01', 'S', 'C2', 'E11'),
      episode('M', '2022-06-01', null, 'S', 'C2'),
      episode('N', '2019-01-01', '2022-01-01', 'S', 'C2', 'X1'),
      episode('N', '2022-01-01', '2022-02-01', 'L', 'V3', 'X1'),
      episode('N', '2022-02-01', null, 'L', 'C2'),
    ];
    expect(stability({ children, careEpisodes }, '2023-24')).toEqual([null, 0, 0]);
  });
});
