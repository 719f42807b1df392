import { describe, expect, it } from 'vitest';
import type { Target } from '../../assess/index.ts';
import type { Point, Series } from '../../domain/index.ts';
import { buildDashboard, dataAsAt } from './dashboard.ts';

const la = { code: '999', name: 'Northshire' };
const las = [{ code: '998', name: 'Eastshire' }, la];

function quarter(period: string, start: string, end: string, value: number | null): Point {
  return { window: 'quarter', period, start, end, value, numerator: null, denominator: null };
}

const rereferrals: Series = {
  indicatorId: 'rereferrals_12m_pct',
  points: [
    { ...quarter('2025-26 Q3', '2025-10-01', '2025-12-31', 25), numerator: 50, denominator: 200 },
    { ...quarter('2025-26 Q4', '2026-01-01', '2026-03-31', 20), numerator: 40, denominator: 200 },
    {
      ...quarter('2026-27 Q1', '2026-04-01', '2026-06-30', 19.71649),
      numerator: 612,
      denominator: 3104,
    },
    {
      ...quarter('2026-27 Q2', '2026-07-01', '2026-09-30', 17.05),
      numerator: 341,
      denominator: 2000,
    },
    {
      ...quarter('2026-27 Q3', '2026-10-01', '2026-12-31', 30),
      numerator: 3,
      denominator: 10,
      partial: true,
      covers: { start: '2026-10-01', end: '2026-10-31' },
    },
    // A month point: not a quarter, so never on the quarterly card.
    { ...quarter('2026-10', '2026-10-01', '2026-10-31', 99), window: 'month' },
  ],
};

const target = (indicatorId: string, financialYear: number, value: number): Target => ({
  indicatorId,
  financialYear,
  value,
  tolerance: 2,
  toleranceKind: 'absolute',
});

const build = (series: Series[], targets: Target[] = [], window: Point['window'] = 'quarter') =>
  buildDashboard({ la, las, series, targets, window, figures: 'all' });

describe('buildDashboard({ la, las, series, targets, window })', () => {
  it('takes the latest whole quarter as latest, never the partial one', () => {
    const card = build([rereferrals]).indicators[0]!;
    expect(card.latest?.period).toBe('2026-27 Q2');
    expect(card.latest?.valueText).toBe('17.1%'); // 17.05 rounds half away from zero
  });

  it('shows a partial newest point separately, labelled with the days it covers', () => {
    const card = build([rereferrals]).indicators[0]!;
    expect(card.partial?.label).toBe('2026-27 Q3 so far (1 Oct to 31 Oct 2026)');
    expect(card.partial?.valueText).toBe('30.0%');
    expect(card.partial?.countsText).toBe('3 of 10');
  });

  it('gives percentages their numerator and denominator with thousands separators', () => {
    const card = build([rereferrals]).indicators[0]!;
    const q1 = build([{ ...rereferrals, points: rereferrals.points.slice(0, 3) }]).indicators[0]!;
    expect(card.latest?.countsText).toBe('341 of 2,000');
    expect(q1.latest?.countsText).toBe('612 of 3,104');
    expect(q1.latest?.valueText).toBe('19.7%');
  });

  it('judges the latest period against the target of its own financial year', () => {
    // 2026-27 Q2 ends 30 Sep 2026: financial year 2026. 17.05 against 16 (lower is better,
    // tolerance 2) misses by 1.05: amber. The 2025 target of 18 would have made it green.
    const card = build(
      [rereferrals],
      [target('rereferrals_12m_pct', 2025, 18), target('rereferrals_12m_pct', 2026, 16)],
    ).indicators[0]!;
    expect(card.latest?.target).toEqual({
      financialYear: '2026-27',
      value: 16,
      valueText: '16.0%',
      toleranceText: 'within 2.0 percentage points',
    });
    expect(card.latest?.rag).toBe('amber');
    expect(card.latest?.ragWord).toBe('Near target');
  });

  it('says No target when the financial year has none', () => {
    const card = build([rereferrals], [target('rereferrals_12m_pct', 2025, 18)]).indicators[0]!;
    expect(card.latest?.target).toBeNull();
    expect(card.latest?.rag).toBe('none');
    expect(card.latest?.ragWord).toBe('No target');
  });

  it('lists the last six whole periods oldest first, partial ones left out', () => {
    const points: Point[] = [
      { ...quarter('2024-25 Q1', '2024-04-01', '2024-06-30', 1), partial: true },
      ...[2, 3, 4, 5, 6, 7, 8].map((n) =>
        quarter(`Q${n}`, `2024-0${n}-01`, `2024-0${n}-28`, n * 1000),
      ),
    ];
    const card = build([{ indicatorId: 'referrals', points }]).indicators[0]!;
    expect(card.recent.map((f) => f.period)).toEqual(['Q3', 'Q4', 'Q5', 'Q6', 'Q7', 'Q8']);
    expect(card.recent.map((f) => f.valueText)).toEqual([
      '3,000',
      '4,000',
      '5,000',
      '6,000',
      '7,000',
      '8,000',
    ]);
    expect(card.latest?.countsText).toBeNull();
    expect(card.partial).toBeNull();
  });

  it('gives the sparkline a text alternative naming every period and value', () => {
    const card = build([rereferrals], [target('rereferrals_12m_pct', 2026, 16)]).indicators[0]!;
    expect(card.sparkline).toEqual({
      values: [25, 20, 19.71649, 17.05],
      breaksBefore: [],
      target: 16,
      label:
        'Re-referrals within 12 months, last 4 quarters: 2025-26 Q3 25.0%, 2025-26 Q4 20.0%, 2026-27 Q1 19.7%, 2026-27 Q2 17.1%.',
    });
  });

  it('follows the catalogue order and skips indicators without points', () => {
    const cpp: Series = {
      indicatorId: 'cpp_open',
      points: [quarter('Q', '2026-04-01', '2026-06-30', 4)],
    };
    const empty: Series = { indicatorId: 'cla_open', points: [] };
    const unknown: Series = { indicatorId: 'not_in_catalogue', points: cpp.points };
    const view = build([cpp, empty, unknown, rereferrals]);
    expect(view.indicators.map((i) => i.id)).toEqual(['rereferrals_12m_pct', 'cpp_open']);
    expect(view.indicators[1]?.polarityText).toBe('Neither higher nor lower is better');
    expect(view.indicators[0]?.polarityText).toBe('Lower is better');
  });

  it('keeps an indicator with no points of the chosen kind, with nothing latest', () => {
    const card = build([rereferrals], [], 'year').indicators[0]!;
    expect(card.latest).toBeNull();
    expect(card.recent).toEqual([]);
    expect(card.sparkline).toBeNull();
  });

  it('marks the chosen council and window kind in the form options', () => {
    const view = build([rereferrals], [], 'r12');
    expect(view.laOptions).toEqual([
      { code: '998', name: 'Eastshire', selected: false },
      { code: '999', name: 'Northshire', selected: true },
    ]);
    expect(view.windowOptions.filter((o) => o.selected).map((o) => o.kind)).toEqual(['r12']);
    expect(view.windowOptions.map((o) => o.label)).toEqual([
      'Quarters',
      'Months',
      'Financial years',
      'Rolling 12 months',
      'Year to date',
    ]);
  });

  it('states the figures as at the last day any point covers', () => {
    expect(build([rereferrals]).asAt).toBe('31 October 2026');
    expect(build([]).asAt).toBeNull();
  });
});

describe('dataAsAt(series)', () => {
  it('reads a partial point by the end of what it covers, not the end of its window', () => {
    const year: Point = {
      ...quarter('2026-27', '2026-04-01', '2027-03-31', 1),
      window: 'year',
      partial: true,
      covers: { start: '2026-04-01', end: '2026-11-15' },
    };
    const whole = quarter('2026-27 Q2', '2026-07-01', '2026-09-30', 1);
    expect(dataAsAt([{ indicatorId: 'x', points: [year, whole] }])).toBe('2026-11-15');
  });
});

describe('buildDashboard: sections, local indicators and judgements', () => {
  const cppOpen: Series = {
    indicatorId: 'cpp_open',
    points: [quarter('2026-27 Q2', '2026-07-01', '2026-09-30', 250)],
  };
  const local = {
    id: 'cpp_open_neglect',
    title: 'Children on a plan for neglect',
    description: 'x',
    unit: 'count' as const,
    polarity: 'neutral' as const,
    kind: 'snapshot' as const,
    source: 'child-level' as const,
    basis: 'local',
  };
  const neglect: Series = {
    indicatorId: 'cpp_open_neglect',
    points: [quarter('2026-27 Q2', '2026-07-01', '2026-09-30', 120)],
  };

  it('groups cards by catalogue section, then the local indicators, leaving out empty sections', () => {
    const view = buildDashboard({
      la,
      las,
      series: [neglect, cppOpen, rereferrals],
      targets: [],
      window: 'quarter',
      local: [local],
    });
    expect(view.sections.map((s) => [s.id, s.indicators.map((i) => i.id)])).toEqual([
      ['contacts-and-referrals', ['rereferrals_12m_pct']],
      ['child-protection', ['cpp_open']],
      ['local', ['cpp_open_neglect']],
    ]);
    expect(view.indicators.map((i) => i.id)).toEqual([
      'rereferrals_12m_pct',
      'cpp_open',
      'cpp_open_neglect',
    ]);
  });

  it('says the direction of travel in words, by polarity, against the period before', () => {
    const card = build([rereferrals]).indicators[0]!;
    // 17.05% after 19.72%: lower is better, 2.7 points down.
    expect(card.travel?.previous).toEqual({
      direction: 'better',
      arrow: '↑',
      text: 'Better than 2026-27 Q1',
    });
    expect(card.travel?.lastYear).toBeNull();
  });

  it('gives SPC only from 12 whole periods with figures', () => {
    expect(build([rereferrals]).indicators[0]?.spc).toBeNull();
    const points = Array.from({ length: 12 }, (_, i) => {
      const month = String((i % 12) + 1).padStart(2, '0');
      return {
        window: 'month' as const,
        period: `2025-${month}`,
        start: `2025-${month}-01`,
        end: `2025-${month}-28`,
        value: i === 11 ? 60 : 20 + (i % 2),
        numerator: null,
        denominator: null,
      };
    });
    const card = build([{ indicatorId: 'rereferrals_12m_pct', points }], [], 'month').indicators[0];
    expect(card?.spc).toMatchObject({
      variation: 'concern',
      variationText: 'Special cause variation: concern',
      basisText: 'from 12 periods',
    });
  });
});

describe('buildDashboard: indicators given for some period kinds only', () => {
  it('says which kinds a rate is given for when another is shown', () => {
    const rate: Series = {
      indicatorId: 'referral_rate_per_10k',
      points: [{ ...quarter('2025-26', '2025-04-01', '2026-03-31', 500), window: 'year' }],
    };
    const card = build([rate]).indicators[0];
    expect(card?.latest).toBeNull();
    expect(card?.onlyText).toBe('Given for financial years and rolling 12-month periods only');
    expect(build([rate], [], 'year').indicators[0]?.onlyText).toBeNull();
  });
});

describe('buildDashboard: disclosure control', () => {
  it('shows figures as published by default: a percentage of 3 of 10 as [c], all on asking', () => {
    const published = buildDashboard({
      la,
      las,
      series: [rereferrals],
      targets: [],
      window: 'quarter',
    });
    expect(published.figures).toBe('published');
    expect(published.indicators[0]?.partial?.valueText).toBe('[c]');
    expect(published.indicators[0]?.latest?.valueText).toBe('17.1%');
    expect(build([rereferrals]).indicators[0]?.partial?.valueText).toBe('30.0%');
  });
});

describe('buildDashboard: year-end forecasts', () => {
  const month = (m: number, value: number): Point => {
    const mm = String(m).padStart(2, '0');
    return {
      ...quarter(`2026-${mm}`, `2026-${mm}-01`, `2026-${mm}-28`, value),
      window: 'month',
      numerator: value,
    };
  };
  const referrals: Series = {
    indicatorId: 'referrals',
    points: [4, 5, 6, 7, 8, 9].map((m) => month(m, 100)),
  };

  it('forecasts a flow count straight-line and says what each month needs to meet the target', () => {
    const card = build([referrals], [target('referrals', 2026, 1300)], 'month').indicators[0];
    expect(card?.forecast).toEqual({
      year: '2026-27',
      valueText: '1,200',
      basisText: 'from 6 months, straight-line',
      onTrackText: null,
      neededText: null,
    });
  });

  it('judges the forecast against the target when the indicator has a direction', () => {
    const rereferrals: Series = {
      indicatorId: 'rereferrals_12m_pct',
      points: [4, 5, 6].map((m) => ({ ...month(m, 25), numerator: 25, denominator: 100 })),
    };
    const card = build([rereferrals], [target('rereferrals_12m_pct', 2026, 20)], 'month')
      .indicators[0];
    expect(card?.forecast).toMatchObject({
      valueText: '25.0%',
      onTrackText: 'Not on track to meet the target',
    });
    expect(card?.forecast?.neededText).toMatch(
      /^To meet it: 18\.3% of the rest of the year's cases$/,
    );
  });
});

describe('buildDashboard: SPC recalculated from a stated date', () => {
  it('works the limits out afresh from the date and says so', () => {
    const points = Array.from({ length: 24 }, (_, i) => {
      const year = 2024 + Math.floor((i + 3) / 12);
      const mm = String(((i + 3) % 12) + 1).padStart(2, '0');
      return {
        ...quarter(
          `${year}-${mm}`,
          `${year}-${mm}-01`,
          `${year}-${mm}-28`,
          i < 12 ? 20 + (i % 2) : 40 + (i % 2),
        ),
        window: 'month' as const,
      };
    });
    const series = [{ indicatorId: 'rereferrals_12m_pct', points }];
    const plain = build(series, [], 'month').indicators[0]?.spc;
    expect(plain?.variation).not.toBe('common_cause');
    const recalculations = [
      {
        indicatorId: 'rereferrals_12m_pct',
        from: '2025-04-01',
        reason: 'x',
        setBy: 'a',
        setAt: '',
      },
    ];
    const view = buildDashboard({
      la,
      las,
      series,
      targets: [],
      window: 'month',
      figures: 'all',
      recalculations,
    });
    expect(view.indicators[0]?.spc).toMatchObject({
      variation: 'common_cause',
      basisText: 'from 12 periods since the limits were recalculated from 1 April 2025',
    });
  });
});

describe('buildDashboard: benchmarks', () => {
  const row = (year: number, level: 'national' | 'la', code: string, value: number | null) => ({
    indicatorId: 'rereferrals_12m_pct',
    year,
    level,
    code,
    name: level === 'national' ? 'England' : code,
    value,
    numerator: null,
    denominator: null,
    status: value === null ? ('c' as const) : null,
    source: 'c1.csv',
  });
  const benchmarks = {
    council: { code: '999', name: 'Northshire', region: null },
    known: false,
    model: null,
    neighbours: [],
    figures: [row(2025, 'national', 'E92000001', 22.4), row(2026, 'national', 'E92000001', 21.9)],
    population: [],
  };

  it('sets the England figure of the year before beside the latest, and lists every year', () => {
    const view = buildDashboard({
      la,
      las,
      series: [rereferrals],
      targets: [],
      window: 'quarter',
      figures: 'all',
      benchmarks,
    });
    const b = view.indicators[0]?.benchmark;
    // Latest: 2026-27 Q2; the newest DfE year is 2026 (2025-26), a year before.
    expect(b).toMatchObject({
      period: '2025-26',
      lagText: 'a year before the latest figure',
      places: [{ label: 'England', text: '21.9%' }],
      quartileText: null,
    });
    expect(b?.years.map((y) => [y.period, y.england])).toEqual([
      ['2025-26', '21.9%'],
      ['2024-25', '22.4%'],
    ]);
  });
});

describe('buildDashboard: an indicator that replaced another', () => {
  it('shows the old figures before the date, the new after, [b] at the first new one, no joined line', () => {
    const newer = {
      id: 'rereferrals_local',
      title: 'Re-referrals (new definition)',
      description: 'x',
      unit: 'percent' as const,
      polarity: 'lower_is_better' as const,
      kind: 'flow' as const,
      source: 'child-level' as const,
      basis: 'local',
      replaces: { id: 'rereferrals_12m_pct', from: '2026-04-01' },
    };
    const newSeries: Series = {
      indicatorId: 'rereferrals_local',
      points: [
        quarter('2026-27 Q1', '2026-04-01', '2026-06-30', 30),
        quarter('2026-27 Q2', '2026-07-01', '2026-09-30', 31),
      ],
    };
    const view = buildDashboard({
      la,
      las,
      series: [rereferrals, newSeries],
      targets: [],
      window: 'quarter',
      figures: 'all',
      local: [newer],
    });
    const card = view.indicators.find((i) => i.id === 'rereferrals_local');
    expect(card?.recent.map((f) => [f.period, f.valueText, f.symbols.includes('[b]')])).toEqual([
      ['2025-26 Q3', '25.0%', false],
      ['2025-26 Q4', '20.0%', false],
      ['2026-27 Q1', '30.0%', true],
      ['2026-27 Q2', '31.0%', false],
    ]);
    expect(card?.sparkline?.breaksBefore).toEqual([2]);
    expect(view.indicators.some((i) => i.id === 'rereferrals_12m_pct')).toBe(true);
  });
});
