import { describe, expect, it } from 'vitest';
import { CATALOGUE, type IndicatorDefinition } from '../domain/index.ts';
import { assessment, care, coverage, day, plan, recordSet, referral } from './fixture.ts';
import { computeSeries } from './series.ts';

const PARTLY = coverage('2024-04-15', '2024-06-20');

const RECORDS = recordSet({
  referrals: [
    referral('A', '2024-04-10'),
    referral('B', '2024-04-20'),
    referral('C', '2024-05-05'),
    referral('A', '2024-06-19'),
    referral('D', '2024-06-25'),
  ],
  cpPlans: [plan('A', '2024-06-01', '2024-06-25')],
});

function seriesOf(id: string, records = RECORDS, covered = PARTLY) {
  return computeSeries(records, { coverage: covered }).find((s) => s.indicatorId === id);
}

describe('computeSeries(records, options): windows', () => {
  it('gives points in windowsFor order with nominal dates and labels', () => {
    const points = seriesOf('referrals')?.points ?? [];
    expect(points.map((p) => [p.period, p.start, p.end])).toEqual([
      ['2024-04', '2024-04-01', '2024-04-30'],
      ['2024-25 to 2024-04', '2024-04-01', '2024-04-30'],
      ['12m to 2024-04', '2023-05-01', '2024-04-30'],
      ['2024-05', '2024-05-01', '2024-05-31'],
      ['2024-25 to 2024-05', '2024-04-01', '2024-05-31'],
      ['12m to 2024-05', '2023-06-01', '2024-05-31'],
      ['2024-06', '2024-06-01', '2024-06-30'],
      ['2024-25 Q1', '2024-04-01', '2024-06-30'],
      ['2024-25 to 2024-06', '2024-04-01', '2024-06-30'],
      ['12m to 2024-06', '2023-07-01', '2024-06-30'],
      ['2024-25', '2024-04-01', '2025-03-31'],
    ]);
  });

  it('marks partial windows with the days covered and counts flows in those days only', () => {
    const byPeriod = new Map(seriesOf('referrals')?.points.map((p) => [p.period, p]));
    // 10 Apr is before the data start, 25 Jun after the as-at date
    expect(byPeriod.get('2024-04')).toEqual({
      window: 'month',
      period: '2024-04',
      start: '2024-04-01',
      end: '2024-04-30',
      value: 1,
      numerator: 1,
      denominator: null,
      partial: true,
      covers: { start: '2024-04-15', end: '2024-04-30' },
    });
    expect(byPeriod.get('2024-06')).toMatchObject({
      value: 1,
      partial: true,
      covers: { start: '2024-06-01', end: '2024-06-20' },
    });
    expect(byPeriod.get('2024-25')).toMatchObject({
      value: 3,
      covers: { start: '2024-04-15', end: '2024-06-20' },
    });
  });

  it('leaves partial and covers out of whole windows', () => {
    const may = seriesOf('referrals')?.points.find((p) => p.period === '2024-05');
    expect(may).toEqual({
      window: 'month',
      period: '2024-05',
      start: '2024-05-01',
      end: '2024-05-31',
      value: 1,
      numerator: 1,
      denominator: null,
    });
  });

  it('evaluates snapshots at the covered end of a partial window', () => {
    // The plan is open on 20 Jun (the as-at date) but not on 30 Jun
    const byPeriod = new Map(seriesOf('cpp_open')?.points.map((p) => [p.period, p.value]));
    expect(byPeriod.get('2024-06')).toBe(1);
    expect(byPeriod.get('2024-25 Q1')).toBe(1);
    expect(byPeriod.get('2024-05')).toBe(0);
  });

  it('computes only the kinds asked for', () => {
    const series = computeSeries(RECORDS, { coverage: PARTLY, kinds: ['quarter'] });
    expect(series[0]?.points.map((p) => p.period)).toEqual(['2024-25 Q1']);
  });

  it('gives no points when the as-at date is before the data start', () => {
    const series = computeSeries(RECORDS, { coverage: coverage('2024-06-01', '2024-05-01') });
    expect(series.length).toBeGreaterThan(0);
    expect(series.filter((s) => s.points.length > 0)).toEqual([]);
  });
});

describe('computeSeries(records, options): indicators', () => {
  it('computes every child-level catalogue indicator, in catalogue order, by default', () => {
    const ids = computeSeries(RECORDS, { coverage: PARTLY }).map((s) => s.indicatorId);
    expect(ids.slice(0, 3)).toEqual(['contacts', 'referrals', 'referral_rate_per_10k']);
    expect(ids).toEqual(CATALOGUE.filter((d) => d.source === 'child-level').map((d) => d.id));
  });

  it("keeps to an indicator's own window kinds", () => {
    const def = { ...CATALOGUE[0]!, windows: ['year', 'r12'] } as IndicatorDefinition;
    const [series] = computeSeries(RECORDS, { coverage: PARTLY, indicators: [def] });
    expect(series?.points.map((p) => p.window)).toEqual(['r12', 'r12', 'r12', 'year']);
  });

  it('throws for an indicator the engine cannot compute', () => {
    const def = { ...CATALOGUE[0]!, id: 'no_such_indicator' };
    expect(() => computeSeries(RECORDS, { coverage: PARTLY, indicators: [def] })).toThrow(
      /no_such_indicator/,
    );
  });
});

describe('computeSeries(records, options): determinism', () => {
  const records = recordSet({
    referrals: [
      referral('A', '2023-05-01'),
      referral('A', '2024-04-30', 1),
      referral('B', '2024-05-02'),
    ],
    assessments: [assessment('A', '2024-04-01', '2024-05-01'), assessment('B', '2024-04-03', null)],
    cpPlans: [plan('A', '2024-01-01', null), plan('B', '2024-04-01', '2024-05-15')],
    carePeriods: [care('C', '2022-01-01', null, 'V2'), care('D', '2024-04-01', null, 'V3')],
  });
  const covered = { from: day('2023-04-01'), asAt: day('2024-06-30') };

  it('gives identical JSON for the same input twice', () => {
    const first = JSON.stringify(computeSeries(records, { coverage: covered }));
    const second = JSON.stringify(computeSeries(records, { coverage: covered }));
    expect(second).toBe(first);
  });

  it('gives identical JSON whatever the order of the records', () => {
    const reversed = recordSet({
      referrals: [...records.referrals].reverse(),
      assessments: [...records.assessments].reverse(),
      cpPlans: [...records.cpPlans].reverse(),
      carePeriods: [...records.carePeriods].reverse(),
    });
    expect(JSON.stringify(computeSeries(reversed, { coverage: covered }))).toBe(
      JSON.stringify(computeSeries(records, { coverage: covered })),
    );
  });
});
