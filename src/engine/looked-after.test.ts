import { describe, expect, it } from 'vitest';
import { CATALOGUE, type RecordSet, type WindowKind } from '../domain/index.ts';
import { care, coverage, pointFor, recordSet } from './fixture.ts';
import { child, episode, figureOf, period, pointOf } from './fixture-care.ts';
import { computeSeries } from './series.ts';

const COVERED = coverage('2023-04-01', '2024-06-30');

function lookedAfterAtEndOf(period: string, ...carePeriods: ReturnType<typeof care>[]) {
  return pointFor(recordSet({ carePeriods }), 'cla_open', COVERED, period)?.value;
}

describe('computeSeries: cla_open', () => {
  it('counts a V2 child but not a short-breaks-only V3 or V4 child', () => {
    const value = lookedAfterAtEndOf(
      '2024-03',
      care('A', '2023-06-01', null, 'V2'),
      care('B', '2023-06-01', null, 'V3'),
      care('C', '2023-06-01', null, 'V4'),
    );
    expect(value).toBe(1);
  });

  it('counts a child with two overlapping open periods once', () => {
    const value = lookedAfterAtEndOf(
      '2024-03',
      care('A', '2023-06-01', null),
      care('A', '2024-01-01', '2024-05-01'),
    );
    expect(value).toBe(1);
  });

  it('counts a child once through a period inside another and one extending it', () => {
    const records = [
      care('A', '2023-05-01', '2024-06-01'),
      care('A', '2023-06-01', '2023-09-01'),
      care('A', '2024-05-01', null),
    ];
    expect(lookedAfterAtEndOf('2023-07', ...records)).toBe(1);
    expect(lookedAfterAtEndOf('2024-03', ...records)).toBe(1);
    expect(lookedAfterAtEndOf('2024-06', ...records)).toBe(1);
  });

  it('counts a child again after a gap in care, and not during it', () => {
    const records = [care('A', '2023-05-01', '2023-08-15'), care('A', '2023-10-01', null)];
    expect(lookedAfterAtEndOf('2023-07', ...records)).toBe(1);
    expect(lookedAfterAtEndOf('2023-08', ...records)).toBe(0);
    expect(lookedAfterAtEndOf('2023-10', ...records)).toBe(1);
  });

  it('counts a child once on the day one period ends and the next begins', () => {
    const records = [care('A', '2023-06-01', '2024-03-31'), care('A', '2024-03-31', null)];
    expect(lookedAfterAtEndOf('2024-03', ...records)).toBe(1);
  });

  it('does not count a period ending on the window end, and counts one ending a day later', () => {
    expect(lookedAfterAtEndOf('2024-03', care('A', '2023-06-01', '2024-03-31'))).toBe(0);
    expect(lookedAfterAtEndOf('2024-03', care('A', '2023-06-01', '2024-04-01'))).toBe(1);
  });

  it('counts a child with a blank legal status, and a period begun before the data start', () => {
    const value = lookedAfterAtEndOf(
      '2023-04',
      care('A', '2019-05-01', null, null),
      care('B', '2023-04-30', null, 'C1'),
    );
    expect(value).toBe(2);
  });

  it('counts a child whose short-breaks period overlaps a period under another status', () => {
    const value = lookedAfterAtEndOf(
      '2024-03',
      care('A', '2023-06-01', null, 'V3'),
      care('A', '2024-01-01', null, 'C2'),
    );
    expect(value).toBe(1);
  });
});

const YEARS = coverage('2023-04-01', '2025-03-31');

function figure(id: string, period: string, lists: Partial<RecordSet>, kind: WindowKind = 'month') {
  return figureOf(recordSet(lists), id, YEARS, period, kind);
}

describe('computeSeries: cla_starts and cla_ceased', () => {
  const carePeriods = [
    care('A', '2024-04-02', '2024-04-10'),
    care('A', '2024-04-20', '2024-05-03'), // A starts twice in April
    care('B', '2024-04-05', null),
    care('C', '2024-04-06', '2024-04-08', 'V3'), // short breaks only
    care('D', '2024-04-07', null, 'V4'),
    care('E', '2024-04-08', '2024-06-30', 'V2'),
    care('F', '2024-04-09', null, null), // blank legal status still counts
  ];

  it('counts distinct children starting, V3 and V4 left out', () => {
    expect(figure('cla_starts', '2024-04', { carePeriods })).toEqual([4, 4, null]);
    expect(figure('cla_starts', '2024-25 Q1', { carePeriods }, 'quarter')).toEqual([4, 4, null]);
  });

  it('counts distinct children ceasing, never a blank end date', () => {
    expect(figure('cla_ceased', '2024-04', { carePeriods })).toEqual([1, 1, null]);
    expect(figure('cla_ceased', '2024-05', { carePeriods })).toEqual([1, 1, null]);
    expect(figure('cla_ceased', '2024-25 Q1', { carePeriods }, 'quarter')).toEqual([2, 2, null]);
    expect(figure('cla_ceased', '2024-25', { carePeriods }, 'year')).toEqual([2, 2, null]);
  });

  it('counts a child ceasing on 31 March in March, and not as looked after on 31 March', () => {
    const periods = [care('A', '2023-06-01', '2024-03-31')];
    expect(figure('cla_ceased', '2024-03', { carePeriods: periods })).toEqual([1, 1, null]);
    expect(figure('cla_open', '2023-24', { carePeriods: periods }, 'year')).toEqual([0, 0, null]);
  });

  it('counts a child who leaves and comes back the same day as ceasing and starting', () => {
    const periods = [care('A', '2023-06-01', '2024-05-10'), care('A', '2024-05-10', null)];
    expect(figure('cla_ceased', '2024-05', { carePeriods: periods })).toEqual([1, 1, null]);
    expect(figure('cla_starts', '2024-05', { carePeriods: periods })).toEqual([1, 1, null]);
  });

  it('does not count a period starting or ending inside another of the same child', () => {
    const periods = [care('A', '2023-06-01', '2024-09-01'), care('A', '2024-05-10', '2024-06-10')];
    expect(figure('cla_starts', '2024-05', { carePeriods: periods })).toEqual([0, 0, null]);
    expect(figure('cla_ceased', '2024-06', { carePeriods: periods })).toEqual([0, 0, null]);
    expect(figure('cla_ceased', '2024-09', { carePeriods: periods })).toEqual([1, 1, null]);
  });

  it('counts exact duplicate rows once, and of rows sharing a child and start the last wins', () => {
    const twice = [care('A', '2024-04-02', '2024-05-01'), care('A', '2024-04-02', '2024-05-01')];
    expect(figure('cla_starts', '2024-04', { carePeriods: twice })).toEqual([1, 1, null]);
    expect(figure('cla_ceased', '2024-05', { carePeriods: twice })).toEqual([1, 1, null]);
    const corrected = [care('A', '2024-04-02', null), care('A', '2024-04-02', '2024-05-01')];
    expect(figure('cla_ceased', '2024-05', { carePeriods: corrected })).toEqual([1, 1, null]);
    expect(figure('cla_open', '2024-05', { carePeriods: corrected })).toEqual([0, 0, null]);
  });

  it('counts only the covered days of a partial window; snapshots still see earlier starts', () => {
    const covered = coverage('2024-04-15', '2024-06-20');
    const records = recordSet({
      carePeriods: [care('A', '2024-04-10', null), care('B', '2024-04-20', '2024-06-25')],
    });
    expect(pointOf(records, 'cla_starts', covered, '2024-04')).toMatchObject({
      value: 1,
      partial: true,
    });
    expect(pointOf(records, 'cla_ceased', covered, '2024-06')?.value).toBe(0);
    expect(pointOf(records, 'cla_open', covered, '2024-06')?.value).toBe(2);
  });
});

describe('computeSeries: looked-after indicators from SSDA903 episodes', () => {
  it('reads a period through X1 endings, started by S and ended by an E code', () => {
    const careEpisodes = [
      episode('A', '2024-04-01', '2024-05-01', 'S', 'C1', 'X1'),
      episode('A', '2024-05-01', '2024-06-15', 'P', 'C2', 'E11'),
    ];
    expect(figure('cla_starts', '2024-04', { careEpisodes })).toEqual([1, 1, null]);
    expect(figure('cla_starts', '2024-05', { careEpisodes })).toEqual([0, 0, null]);
    expect(figure('cla_ceased', '2024-06', { careEpisodes })).toEqual([1, 1, null]);
    expect(figure('cla_open', '2024-05', { careEpisodes })).toEqual([1, 1, null]);
    expect(figure('cla_open', '2024-06', { careEpisodes })).toEqual([0, 0, null]);
  });

  it('does not count the period the reader chained from the same episodes twice', () => {
    const careEpisodes = [episode('A', '2024-04-01', '2024-06-15', 'S', 'C2', 'E11')];
    const carePeriods = [care('A', '2024-04-01', '2024-06-15')];
    expect(figure('cla_starts', '2024-04', { careEpisodes, carePeriods })).toEqual([1, 1, null]);
    expect(figure('cla_open', '2024-05', { careEpisodes, carePeriods })).toEqual([1, 1, null]);
  });

  it('takes the episodes over an Annex A period they overlap, and keeps one they do not', () => {
    const careEpisodes = [episode('A', '2024-04-01', '2024-06-15', 'S', 'C2', 'E11')];
    const carePeriods = [
      care('A', '2024-03-25', '2024-06-20'), // the same stay, dated differently: episodes win
      care('A', '2024-08-01', null), // a later period the episodes do not cover
    ];
    expect(figure('cla_starts', '2024-03', { careEpisodes, carePeriods })).toEqual([0, 0, null]);
    expect(figure('cla_ceased', '2024-06', { careEpisodes, carePeriods })).toEqual([1, 1, null]);
    expect(figure('cla_starts', '2024-08', { careEpisodes, carePeriods })).toEqual([1, 1, null]);
  });

  it('starts a child when a short-breaks-only episode turns into care under another status', () => {
    const careEpisodes = [
      episode('A', '2024-04-01', '2024-05-01', 'S', 'V3', 'X1'),
      episode('A', '2024-05-01', null, 'L', 'C2'),
    ];
    expect(figure('cla_starts', '2024-04', { careEpisodes })).toEqual([0, 0, null]);
    expect(figure('cla_open', '2024-04', { careEpisodes })).toEqual([0, 0, null]);
    expect(figure('cla_starts', '2024-05', { careEpisodes })).toEqual([1, 1, null]);
    expect(figure('cla_open', '2024-05', { careEpisodes })).toEqual([1, 1, null]);
  });

  it('ceases a child who moves onto short breaks only (V4)', () => {
    const careEpisodes = [
      episode('A', '2024-04-01', '2024-06-01', 'S', 'C2', 'X1'),
      episode('A', '2024-06-01', null, 'L', 'V4'),
    ];
    expect(figure('cla_ceased', '2024-06', { careEpisodes })).toEqual([1, 1, null]);
    expect(figure('cla_open', '2024-06', { careEpisodes })).toEqual([0, 0, null]);
  });

  it('never counts a child whose episodes are all short breaks', () => {
    const careEpisodes = [
      episode('A', '2024-04-05', '2024-04-07', 'S', 'V3', 'E13'),
      episode('A', '2024-05-03', null, 'S', 'V4'),
    ];
    for (const id of ['cla_starts', 'cla_ceased', 'cla_open']) {
      expect(figure(id, '2024-25', { careEpisodes }, 'year')).toEqual([0, 0, null]);
    }
  });
});

describe('computeSeries: a period of care whose legal status became short breaks only', () => {
  // Annex A gives the current legal status and the date it started: V4 only from 1 June 2024
  const becomesV4 = (end: string | null = null) =>
    period('A', '2023-05-01', end, { legalStatus: 'V4', legalStatusStart: '2024-06-01' });

  it('counts the child as looked after before the status started, not from that day', () => {
    const lists = { carePeriods: [becomesV4()] };
    expect(figure('cla_open', '2023-12', lists)).toEqual([1, 1, null]);
    expect(figure('cla_open', '2024-05', lists)).toEqual([1, 1, null]);
    expect(figure('cla_open', '2024-06', lists)).toEqual([0, 0, null]);
  });

  it('starts the child with the period, and ceases them when short breaks only began', () => {
    const lists = { carePeriods: [becomesV4('2024-09-15')] };
    expect(figure('cla_starts', '2023-05', lists)).toEqual([1, 1, null]);
    expect(figure('cla_ceased', '2024-06', lists)).toEqual([1, 1, null]);
    // the period's own end, on short breaks only, is no cessation from care
    expect(figure('cla_ceased', '2024-09', lists)).toEqual([0, 0, null]);
    expect(figure('cla_ceased', '2024-25', lists, 'year')).toEqual([1, 1, null]);
  });

  it('leaves a period out whose short-breaks status held from its start or before', () => {
    for (const since of ['2023-05-01', '2023-01-01']) {
      const p = period('A', '2023-05-01', null, { legalStatus: 'V3', legalStatusStart: since });
      for (const [id, when] of [
        ['cla_open', '2023-12'],
        ['cla_starts', '2023-05'],
      ] as const) {
        expect(figure(id, when, { carePeriods: [p] })).toEqual([0, 0, null]);
      }
    }
  });

  it('counts a whole period whose short-breaks status began only after it ended', () => {
    const p = period('A', '2023-05-01', '2024-02-10', {
      legalStatus: 'V4',
      legalStatusStart: '2024-03-01',
    });
    expect(figure('cla_open', '2024-01', { carePeriods: [p] })).toEqual([1, 1, null]);
    expect(figure('cla_ceased', '2024-02', { carePeriods: [p] })).toEqual([1, 1, null]);
  });

  it('gives the figures SSDA903 episodes give for the same child', () => {
    const careEpisodes = [
      episode('A', '2023-05-01', '2024-06-01', 'S', 'C2', 'X1'),
      episode('A', '2024-06-01', '2024-09-15', 'L', 'V4', 'E13'),
    ];
    const indicators = CATALOGUE.filter((d) =>
      ['cla_open', 'cla_starts', 'cla_ceased'].includes(d.id),
    );
    const fromAnnexA = computeSeries(recordSet({ carePeriods: [becomesV4('2024-09-15')] }), {
      coverage: YEARS,
      indicators,
    });
    expect(computeSeries(recordSet({ careEpisodes }), { coverage: YEARS, indicators })).toEqual(
      fromAnnexA,
    );
  });

  it('gives cla_rate_per_10k from the same count', () => {
    const records = recordSet({ carePeriods: [becomesV4()] });
    const population = new Map([[2023, 10_000]]);
    expect(
      pointOf(records, 'cla_rate_per_10k', YEARS, '2023-24', 'year', population),
    ).toMatchObject({
      value: 1,
      numerator: 1,
    });
    expect(
      pointOf(records, 'cla_rate_per_10k', YEARS, '2024-06', 'month', population),
    ).toMatchObject({
      numerator: 0,
    });
  });
});

describe('computeSeries: cla_rate_per_10k', () => {
  it('divides children looked after at the window end by its financial year population', () => {
    const records = recordSet({
      carePeriods: [
        care('A', '2023-06-01', null),
        care('A', '2023-07-01', null),
        care('B', '2024-01-01', null),
      ],
    });
    const population = new Map([[2023, 40_000]]);
    expect(
      pointOf(records, 'cla_rate_per_10k', YEARS, '2023-24', 'year', population),
    ).toMatchObject({
      value: 0.5,
      numerator: 2,
      denominator: 40_000,
    });
    expect(pointOf(records, 'cla_rate_per_10k', YEARS, '2024-25', 'year')).toMatchObject({
      value: null,
      numerator: 2,
      denominator: null,
    });
  });
});

describe('computeSeries: the same child from Annex A or from SSDA903 gives the same figures', () => {
  const covered = coverage('2021-04-01', '2024-06-30');
  const children = [child('A', '2012-01-01'), child('B', '2012-01-01')];
  const annexA = recordSet({
    children,
    carePeriods: [
      period('A', '2021-04-01', '2024-06-15', { placementStart: '2022-01-10' }),
      period('B', '2021-04-01', null, { placementStart: '2022-01-10' }),
    ],
  });
  const ssda903 = recordSet({
    children,
    careEpisodes: [
      episode('A', '2021-04-01', '2022-01-10', 'S', 'C2', 'X1'),
      episode('A', '2022-01-10', '2024-06-15', 'P', 'C2', 'E11'),
      episode('B', '2021-04-01', '2022-01-10', 'S', 'C2', 'X1'),
      episode('B', '2022-01-10', null, 'P', 'C2'),
    ],
    // as the SSDA903 reader chains them
    carePeriods: [
      period('A', '2021-04-01', '2024-06-15', { placementStart: '2022-01-10' }),
      period('B', '2021-04-01', null, { placementStart: '2022-01-10' }),
    ],
  });
  const series = (records: RecordSet, ids: string[]) =>
    computeSeries(records, {
      coverage: covered,
      indicators: CATALOGUE.filter((d) => ids.includes(d.id)),
    });

  it('for every window of every kind', () => {
    const ids = ['cla_open', 'cla_starts', 'cla_ceased'];
    expect(series(ssda903, ids)).toEqual(series(annexA, ids));
  });

  it('for long-term stability on the as-at date, where Annex A knows the placements', () => {
    const pointsOf = (r: RecordSet) => series(r, ['cla_long_term_stability_pct'])[0]?.points ?? [];
    const [fromAnnexA, fromEpisodes] = [pointsOf(annexA), pointsOf(ssda903)];
    const atAsAt = (points: typeof fromAnnexA) =>
      points.filter((p) => (p.covers?.end ?? p.end) === '2024-06-30');
    expect(atAsAt(fromAnnexA).length).toBeGreaterThan(0);
    expect(atAsAt(fromAnnexA)).toEqual(atAsAt(fromEpisodes));
    expect(atAsAt(fromAnnexA).map((p) => p.value)).toContain(100);
    // before it the episodes still tell (B 2 years in the placement from 10 January 2024)
    const march = (points: typeof fromAnnexA) => points.find((p) => p.period === '2024-03');
    expect(march(fromEpisodes)).toMatchObject({ value: 100, numerator: 2, denominator: 2 });
    expect(march(fromAnnexA)).toMatchObject({ value: null, numerator: null, denominator: null });
  });
});
