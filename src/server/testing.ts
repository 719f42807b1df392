/**
 * testing — a small synthetic council for the server's tests and the browser suite: hand-made
 * series and targets, and `seedFixture(db)` to store them. Does not: real data, or run in the app.
 *
 * Latest whole quarter, 2026-27 Q2 (figures as at 31 October 2026):
 * - re-referrals 612 of 3,104 = 19.7% against 20.0% (lower is better): green, On target;
 * - assessments within 45 days 2,638 of 3,104 = 85.0% against 88.0%, tolerance 5: amber;
 * - referrals 2,345 (neutral, no target): No target; children looked after 1,234 likewise.
 * Latest whole month, 2026-09: assessments 1,500 of 2,000 = 75.0% against 88.0%: red.
 */
import type { Target } from '../assess/index.ts';
import type { Point, Series, WindowKind } from '../domain/index.ts';
import { type Database, replaceSeries, setTarget, upsertLa } from '../store/index.ts';

/** The council with figures; first by code, so the dashboard opens on it. */
export const FIXTURE_LA = { code: '901', name: 'Northshire' };
/** A council without figures. */
export const OTHER_LA = { code: '902', name: 'Southshire' };

type Period = readonly [period: string, start: string, end: string];

const QUARTERS: readonly Period[] = [
  ['2025-26 Q1', '2025-04-01', '2025-06-30'],
  ['2025-26 Q2', '2025-07-01', '2025-09-30'],
  ['2025-26 Q3', '2025-10-01', '2025-12-31'],
  ['2025-26 Q4', '2026-01-01', '2026-03-31'],
  ['2026-27 Q1', '2026-04-01', '2026-06-30'],
  ['2026-27 Q2', '2026-07-01', '2026-09-30'],
];
const MONTHS: readonly Period[] = [
  ['2026-07', '2026-07-01', '2026-07-31'],
  ['2026-08', '2026-08-01', '2026-08-31'],
  ['2026-09', '2026-09-01', '2026-09-30'],
];
const Q3_SO_FAR: Point = {
  window: 'quarter',
  period: '2026-27 Q3',
  start: '2026-10-01',
  end: '2026-12-31',
  value: 15,
  numerator: 30,
  denominator: 200,
  partial: true,
  covers: { start: '2026-10-01', end: '2026-10-31' },
};

function percent(window: WindowKind, [period, start, end]: Period, n: number, d: number): Point {
  return { window, period, start, end, value: (100 * n) / d, numerator: n, denominator: d };
}

function count(window: WindowKind, [period, start, end]: Period, n: number): Point {
  return { window, period, start, end, value: n, numerator: n, denominator: null };
}

function percentSeries(id: string, quarters: number[], months: number[]): Series {
  const points = [
    ...QUARTERS.map((q, i) => percent('quarter', q, quarters[i] ?? 0, i === 5 ? 3104 : 2000)),
    ...MONTHS.map((m, i) => percent('month', m, months[i] ?? 0, 2000)),
  ];
  return { indicatorId: id, points: [...points, { ...Q3_SO_FAR }] };
}

function countSeries(id: string, quarters: number[]): Series {
  return { indicatorId: id, points: QUARTERS.map((q, i) => count('quarter', q, quarters[i] ?? 0)) };
}

export const FIXTURE_SERIES: readonly Series[] = [
  percentSeries('rereferrals_12m_pct', [500, 480, 460, 440, 420, 612], [390, 385, 380]),
  percentSeries(
    'assessments_within_45wd_pct',
    [1600, 1640, 1660, 1680, 1720, 2638],
    [1700, 1600, 1500],
  ),
  countSeries('referrals', [2100, 2200, 2150, 2300, 2250, 2345]),
  countSeries('cla_open', [1180, 1190, 1200, 1210, 1220, 1234]),
];

export const FIXTURE_TARGETS: readonly Target[] = [
  target('rereferrals_12m_pct', 20, 2),
  target('assessments_within_45wd_pct', 88, 5),
];

function target(indicatorId: string, value: number, tolerance: number): Target {
  return { indicatorId, financialYear: 2026, value, tolerance, toleranceKind: 'absolute' };
}

/** Stores both councils, the fixture's series for Northshire and its targets. */
export async function seedFixture(db: Database): Promise<void> {
  await upsertLa(db, FIXTURE_LA);
  await upsertLa(db, OTHER_LA);
  await replaceSeries(db, FIXTURE_LA.code, FIXTURE_SERIES, '2026-11-01T09:00:00Z');
  for (const t of FIXTURE_TARGETS) {
    await setTarget(db, FIXTURE_LA.code, t, { setBy: 'test', reason: 'fixture' });
  }
}
