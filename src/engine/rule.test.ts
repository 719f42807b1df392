import { describe, expect, it } from 'vitest';
import {
  findIndicator,
  type IndicatorDefinition,
  type Point,
  type RecordSet,
  type Rule,
} from '../domain/index.ts';
import { assessment, coverage, day, plan, recordSet, referral } from './fixture.ts';
import { computeSeries } from './series.ts';

function local(rule: Rule, unit: 'count' | 'percent' = 'count'): IndicatorDefinition {
  return {
    id: 'local_test',
    title: 'A local test indicator',
    description: 'Test',
    unit,
    polarity: 'neutral',
    kind: rule.open ? 'snapshot' : 'flow',
    source: 'child-level',
    basis: 'local',
    rule,
  };
}

const SPRING_2024 = coverage('2024-01-01', '2024-06-30');

function pointOf(records: RecordSet, def: IndicatorDefinition, period: string): Point | undefined {
  const [series] = computeSeries(records, {
    coverage: SPRING_2024,
    kinds: ['month'],
    indicators: [def],
  });
  return series?.points.find((p) => p.period === period);
}

const nfa = (childId: string, date: string, flag: boolean | null, source: string | null) => ({
  ...referral(childId, date),
  nfa: flag,
  source,
});

describe('local indicators: flows', () => {
  const referrals = [
    nfa('A', '2024-04-30', true, 'Police'),
    nfa('B', '2024-05-01', true, 'Police'),
    nfa('C', '2024-05-15', false, 'Police'),
    nfa('D', '2024-05-31', null, 'School'),
    nfa('E', '2024-06-01', true, 'Police'),
  ];
  const records = recordSet({ referrals });

  it('counts records dated in the window that meet every condition', () => {
    const def = local({
      list: 'referrals',
      date: 'referralDate',
      where: [{ field: 'source', is: ['Police'] }],
    });
    expect(pointOf(records, def, '2024-05')).toMatchObject({ value: 2, denominator: null });
  });

  it('gives a percentage of the records counted, a blank meeting no value', () => {
    const def = local(
      { list: 'referrals', date: 'referralDate', hit: [{ field: 'nfa', is: [true] }] },
      'percent',
    );
    expect(pointOf(records, def, '2024-05')).toMatchObject({ numerator: 1, denominator: 3 });
  });

  it('tests blanks and not-blanks', () => {
    const blank = local({
      list: 'referrals',
      date: 'referralDate',
      where: [{ field: 'nfa', blank: true }],
    });
    const filled = local({
      list: 'referrals',
      date: 'referralDate',
      where: [{ field: 'nfa', blank: false }],
    });
    expect(pointOf(records, blank, '2024-05')?.value).toBe(1);
    expect(pointOf(records, filled, '2024-05')?.value).toBe(2);
  });

  it('gives null, not 0, when nothing is counted', () => {
    const def = local(
      { list: 'referrals', date: 'referralDate', hit: [{ field: 'nfa', is: [true] }] },
      'percent',
    );
    expect(pointOf(records, def, '2024-02')).toMatchObject({ value: null, denominator: 0 });
  });

  it('bounds numbers, both ends inclusive, and never counts a blank number', () => {
    const withCounts = recordSet({
      referrals: [
        referral('A', '2024-05-02', 0),
        referral('B', '2024-05-02', 1),
        referral('C', '2024-05-02', 3),
        referral('D', '2024-05-02', 4),
        referral('E', '2024-05-02', null),
      ],
    });
    const def = local({
      list: 'referrals',
      date: 'referralDate',
      where: [{ field: 'referralsLast12m', atLeast: 1, atMost: 3 }],
    });
    expect(pointOf(withCounts, def, '2024-05')?.value).toBe(2);
  });
});

describe('local indicators: durations', () => {
  // 2024-03-28 (Thursday) to 2024-04-02 (Tuesday): Good Friday and Easter Monday between.
  const records = recordSet({
    assessments: [
      assessment('A', '2024-03-28', '2024-04-02'),
      assessment('B', '2024-03-28', '2024-04-03'),
      assessment('C', '2024-03-28', null),
    ],
  });
  const within = (days: 'working' | 'calendar', atMost: number) =>
    local(
      {
        list: 'assessments',
        date: 'startDate',
        hit: [{ between: { from: 'startDate', to: 'authorisedDate', days }, atMost }],
      },
      'percent',
    );

  it('counts working days without Easter, a blank end never within', () => {
    expect(pointOf(records, within('working', 1), '2024-03')).toMatchObject({
      numerator: 1,
      denominator: 3,
    });
    expect(pointOf(records, within('working', 2), '2024-03')?.numerator).toBe(2);
  });

  it('counts calendar days', () => {
    expect(pointOf(records, within('calendar', 5), '2024-03')?.numerator).toBe(1);
    expect(pointOf(records, within('calendar', 6), '2024-03')?.numerator).toBe(2);
  });
});

describe('local indicators: snapshots', () => {
  const records = recordSet({
    cpPlans: [
      { ...plan('A', '2024-01-10', '2024-05-31'), latestCategory: 'NEG' },
      { ...plan('B', '2024-02-10', null), latestCategory: 'NEG' },
      { ...plan('C', '2024-03-10', null), latestCategory: 'EMO' },
      { ...plan('D', '2024-06-01', null), latestCategory: 'NEG' },
    ],
  });
  const open = { start: 'startDate', end: 'endDate' };

  it('counts records open at the window end: one ending that day is not open', () => {
    const def = local({ list: 'cpPlans', open, where: [{ field: 'latestCategory', is: ['NEG'] }] });
    expect(pointOf(records, def, '2024-05')?.value).toBe(1);
    expect(pointOf(records, def, '2024-04')?.value).toBe(2);
    expect(pointOf(records, def, '2024-06')?.value).toBe(2);
  });

  it('gives the share of open records that meet the hit conditions', () => {
    const def = local(
      { list: 'cpPlans', open, hit: [{ field: 'latestCategory', is: ['NEG'] }] },
      'percent',
    );
    expect(pointOf(records, def, '2024-04')).toMatchObject({ numerator: 2, denominator: 3 });
  });
});

describe('local indicators: the generic core agrees with the built-in engine', () => {
  const random = (() => {
    let a = 7;
    return () => {
      a = (a * 1_103_515_245 + 12_345) % 2_147_483_648;
      return a / 2_147_483_648;
    };
  })();
  const start = day('2023-01-01');
  const iso = (d: number) => new Date(d * 86_400_000).toISOString().slice(0, 10);
  const records = recordSet({
    assessments: Array.from({ length: 400 }, (_, i) => {
      const s = start + Math.floor(random() * 500);
      return assessment(
        `C${i % 150}`,
        iso(s),
        random() < 0.1 ? null : iso(s + Math.floor(random() * 90)),
      );
    }),
    cpPlans: Array.from({ length: 300 }, (_, i) => {
      const s = start + Math.floor(random() * 500);
      return plan(`C${i}`, iso(s), random() < 0.3 ? null : iso(s + 1 + Math.floor(random() * 400)));
    }),
  });
  const covered = coverage('2023-04-01', '2024-03-31');

  function both(id: string, rule: Rule) {
    const builtIn = findIndicator(id);
    if (!builtIn) throw new Error(id);
    const copy = { ...builtIn, id: `${id}_local`, rule };
    const series = computeSeries(records, { coverage: covered, indicators: [builtIn, copy] });
    return series.map((s) => s.points);
  }

  it('gives assessments within 45 working days exactly as the built-in', () => {
    const [builtIn, local] = both('assessments_within_45wd_pct', {
      list: 'assessments',
      date: 'authorisedDate',
      hit: [
        // authorised on or after the start (a date error is not within timescale) ...
        { between: { from: 'startDate', to: 'authorisedDate', days: 'calendar' }, atLeast: 0 },
        // ... and within 45 working days
        { between: { from: 'startDate', to: 'authorisedDate', days: 'working' }, atMost: 45 },
      ],
    });
    expect(local).toEqual(builtIn);
    expect(builtIn?.some((p) => (p.denominator ?? 0) > 10)).toBe(true);
  });

  it('gives plans open exactly as the built-in', () => {
    const [builtIn, local] = both('cpp_open', {
      list: 'cpPlans',
      open: { start: 'startDate', end: 'endDate' },
    });
    expect(local).toEqual(builtIn);
    expect(builtIn?.some((p) => (p.value ?? 0) > 10)).toBe(true);
  });
});
