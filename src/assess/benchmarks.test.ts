import { describe, expect, it } from 'vitest';
import { findIndicator, type IndicatorDefinition, type Point } from '../domain/index.ts';
import {
  type BenchmarkInput,
  type BenchmarkView,
  benchmarkBeside,
  benchmarkView,
} from './benchmarks.ts';
import type { PublishedFigure } from './published.ts';

const rereferrals = findIndicator('rereferrals_12m_pct') as IndicatorDefinition;

function fig(
  code: string,
  value: number | null,
  changes: Partial<PublishedFigure> = {},
): PublishedFigure {
  const level = code.startsWith('E92') ? 'national' : code.startsWith('E1') ? 'regional' : 'la';
  const name = `Place ${code}`;
  return {
    indicatorId: 'rereferrals_12m_pct',
    year: 2025,
    level,
    code,
    name,
    value,
    ...changes,
    status: changes.status ?? null,
  };
}

/**
 * 2025: eight councils with a figure (10, 12, 12, 14, 16, 18, 20, 22: cuts 12, 15 and 18.5),
 * one suppressed; England 15.5, South East 17. 2024: England and the council only.
 */
const FIGURES: PublishedFigure[] = [
  fig('E92000001', 15.5),
  fig('E12000008', 17),
  fig('E12000009', 30),
  ...[10, 12, 12, 14, 16, 18, 20, 22].map((v, i) => fig(String(801 + i), v)),
  fig('809', null, { status: 'c' }),
  fig('E92000001', 14.9, { year: 2024 }),
  fig('805', null, { year: 2024, status: 'x' }),
  fig('E92000001', 16, { indicatorId: 'referrals' }),
];

const COUNCIL = {
  code: '805',
  name: 'Place 805',
  region: { code: 'E12000008', name: 'South East' },
};

/** 801, 802, 804 and 806 have figures (10, 12, 14, 18); 809 is suppressed; 910 is absent. */
const NEIGHBOURS = ['801', '802', '804', '806', '809', '910'].map((code) => ({ code }));

function year(period: string, start: string, end: string, value: number, partial = false): Point {
  const point: Point = {
    window: 'year',
    period,
    start,
    end,
    value,
    numerator: null,
    denominator: null,
  };
  if (partial) point.partial = true;
  return point;
}

const OWN = {
  indicatorId: 'rereferrals_12m_pct',
  points: [
    year('2024-25', '2024-04-01', '2025-03-31', 11.9),
    year('2025-26', '2025-04-01', '2026-03-31', 30, true),
  ],
};

function view(changes: Partial<BenchmarkInput> = {}): BenchmarkView {
  const input = {
    definition: rereferrals,
    figures: FIGURES,
    council: COUNCIL,
    neighbours: NEIGHBOURS,
  };
  const result = benchmarkView({ ...input, ...changes });
  if (!result) throw new Error('expected a benchmark view');
  return result;
}

describe('benchmarkView', () => {
  it('gives each DfE year with the financial year it refers to, oldest first', () => {
    const v = view();
    expect(v.years.map((y) => [y.year, y.period])).toEqual([
      [2024, '2023-24'],
      [2025, '2024-25'],
    ]);
    expect(v).toMatchObject({
      indicatorId: 'rereferrals_12m_pct',
      measure: 'rereferrals_12m_pct',
      derived: false,
    });
    expect(v.latest?.year).toBe(2025);
  });

  it('gives England, the council’s region and its own published figure', () => {
    const y = view().years[1];
    expect(y?.england).toMatchObject({
      code: 'E92000001',
      value: 15.5,
      reason: null,
      symbol: null,
    });
    expect(y?.region).toMatchObject({ code: 'E12000008', value: 17 });
    expect(y?.published).toMatchObject({ code: '805', value: 16 });
  });

  it('takes the median of the neighbours with a figure, saying how many had one and why not', () => {
    const n = view().years[1]?.neighbours;
    expect(n).toMatchObject({ median: 13, count: 4, of: 6 });
    expect(n?.missing).toEqual([
      {
        code: '809',
        name: 'Place 809',
        value: null,
        status: 'c',
        reason: 'suppressed to protect confidentiality',
        symbol: '[c]',
      },
      {
        code: '910',
        name: '910',
        value: null,
        status: null,
        reason: 'not published',
        symbol: '[x]',
      },
    ]);
  });

  it('places the published figure among the eight councils with one (lower is better)', () => {
    const y = view().years[1];
    expect(y?.bands).toEqual({ cuts: [12, 15, 18.5], among: 8 });
    expect(y?.quartile).toEqual({
      quartile: 3,
      basis: 'performance',
      label: 'third quartile',
      among: 8,
    });
  });

  it('places the council’s own whole year point of the same financial year beside it', () => {
    const y = view({ own: OWN }).years[1];
    expect(y?.own?.point.value).toBe(11.9);
    expect(y?.own?.quartile?.label).toBe('best quartile');
    expect(view({ own: OWN }).years[0]?.own).toBeNull();
  });

  it('keeps a status code as no value with its reason, and gives no quartile for it', () => {
    const y = view().years[0];
    expect(y?.published).toMatchObject({
      value: null,
      status: 'x',
      reason: 'not available',
      symbol: '[x]',
    });
    expect(y?.quartile).toBeNull();
    expect(y?.bands).toBeNull();
    expect(y?.region).toMatchObject({ value: null, reason: 'not published' });
  });

  it('places a neutral measure by value, low to high', () => {
    const neutral = { ...rereferrals, polarity: 'neutral' as const };
    expect(view({ definition: neutral }).years[1]?.quartile?.label).toBe('second-highest quartile');
  });

  it('works for a council the DfE does not name: England and quartile of its own figure only', () => {
    const v = view({
      council: { code: '999', name: 'Northmere', region: null },
      neighbours: [],
      own: OWN,
    });
    const y = v.years[1];
    expect(y?.region).toBeNull();
    expect(y?.neighbours).toBeNull();
    expect(y?.published).toMatchObject({ code: '999', name: 'Northmere', reason: 'not published' });
    expect(y?.own?.quartile?.quartile).toBe(1);
  });

  it('is null for an indicator without a national equivalent', () => {
    const contacts = findIndicator('contacts') as IndicatorDefinition;
    expect(
      benchmarkView({ definition: contacts, figures: FIGURES, council: COUNCIL, neighbours: [] }),
    ).toBeNull();
  });
});

describe('benchmarkView for a rate derived from DfE counts and ONS population', () => {
  const rate = findIndicator('referral_rate_per_10k') as IndicatorDefinition;
  const counts = (code: string, value: number | null, status: string | null = null) =>
    fig(code, value, { indicatorId: 'referrals', status });
  const figures = [
    counts('E92000001', 600_000),
    counts('E12000008', 40_000),
    counts('801', 500),
    counts('802', 900),
    counts('803', null, 'c'),
    counts('804', 300),
  ];
  const population = [
    { code: 'E92000001', year: 2024, count: 12_000_000 },
    { code: 'E92000001', year: 2025, count: 1 },
    { code: 'E12000008', year: 2024, count: 800_000 },
    { code: '801', year: 2024, count: 10_000 },
    { code: '802', year: 2024, count: 20_000 },
    { code: '803', year: 2024, count: 20_000 },
  ];
  const council = { code: '801', name: 'Place 801', region: COUNCIL.region };
  const y = benchmarkView({
    definition: rate,
    figures,
    population,
    council,
    neighbours: [{ code: '802' }, { code: '803' }, { code: '804' }],
  })?.years[0];

  it('divides each count by the mid-(Y-1) population, per 10,000', () => {
    expect(y?.england.value).toBe(500);
    expect(y?.region?.value).toBe(500);
    expect(y?.published.value).toBe(500);
    expect(y?.neighbours).toMatchObject({ median: 450, count: 1, of: 3 });
  });

  it('keeps a suppressed count suppressed and says when there is no population', () => {
    expect(y?.neighbours?.missing.map((m) => [m.code, m.reason])).toEqual([
      ['803', 'suppressed to protect confidentiality'],
      ['804', 'no population estimate for the rate'],
    ]);
  });
});

describe('benchmarkBeside', () => {
  const v = view();

  it('gives the same financial year when published, else the newest before it with its lag', () => {
    expect(benchmarkBeside(v, 2024)).toMatchObject({ year: { period: '2024-25' }, lag: 0 });
    expect(benchmarkBeside(v, 2025)).toMatchObject({ year: { period: '2024-25' }, lag: 1 });
    expect(benchmarkBeside(v, 2023)).toMatchObject({ year: { period: '2023-24' }, lag: 0 });
    expect(benchmarkBeside(v, 2022)).toBeNull();
  });
});
