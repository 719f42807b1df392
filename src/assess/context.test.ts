import { describe, expect, it } from 'vitest';
import type { IndicatorDefinition, Point } from '../domain/index.ts';
import { isProvisional, type Note, type Revision, seriesContext } from './context.ts';

const def: IndicatorDefinition = {
  id: 'seen_pct',
  title: 'Children seen',
  description: 'x',
  unit: 'percent',
  polarity: 'higher_is_better',
  kind: 'flow',
  source: 'child-level',
  basis: 'local',
};

function pt(
  window: Point['window'],
  period: string,
  start: string,
  end: string,
  value: number | null,
): Point {
  return { window, period, start, end, value, numerator: null, denominator: null };
}

const Y22 = pt('year', '2022-23', '2022-04-01', '2023-03-31', 80);
const Y23 = pt('year', '2023-24', '2023-04-01', '2024-03-31', 81.24);
const Y24 = pt('year', '2024-25', '2024-04-01', '2025-03-31', 82);
const Y25: Point = {
  ...pt('year', '2025-26', '2025-04-01', '2026-03-31', 70),
  partial: true,
  covers: { start: '2025-04-01', end: '2025-05-31' },
};
const SERIES = { indicatorId: 'seen_pct', points: [Y22, Y23, Y24, Y25] };

const revision = (period: string, firstValue: number | null): Revision => ({
  indicatorId: 'seen_pct',
  window: 'year',
  period,
  firstValue,
  firstReportedAt: '2024-05-01T09:00:00.000Z',
});

const note = (id: number, period: string | null, changes: Partial<Note> = {}): Note => ({
  id,
  indicatorId: 'seen_pct',
  period,
  text: `note ${id}`,
  author: 'analyst',
  createdAt: `2025-06-0${id}T10:00:00.000Z`,
  status: 'published',
  ...changes,
});

describe('isProvisional', () => {
  it('is true for the current year, and the previous one until its returns settle after July', () => {
    expect(isProvisional(Y25, '2025-06-15')).toBe(true);
    expect(isProvisional(Y24, '2025-06-15')).toBe(true);
    expect(isProvisional(Y24, '2025-07-31')).toBe(true);
    expect(isProvisional(Y24, '2025-08-01')).toBe(false);
    expect(isProvisional(Y25, '2025-08-01')).toBe(true);
    expect(isProvisional(Y23, '2025-06-15')).toBe(false);
    // 2023-24 as at 31 March 2025: the previous year, its returns settled last summer.
    expect(isProvisional(Y23, '2025-03-31')).toBe(false);
    const march = pt('month', '2024-03', '2024-03-01', '2024-03-31', 1);
    expect(isProvisional(march, '2025-04-01')).toBe(false);
  });
});

describe('seriesContext', () => {
  const asAt = '2025-06-15';

  it('describes a partial point and marks the last two financial years [p]', () => {
    const c = seriesContext(def, SERIES, { asAt }).points;
    expect(c.map((p) => [p.period, p.partial, p.symbols])).toEqual([
      ['2022-23', null, []],
      ['2023-24', null, []],
      ['2024-25', null, ['[p]']],
      ['2025-26', 'April and May only', ['[p]']],
    ]);
  });

  it('marks [r] only where the figure shown differs from the first reported at display precision', () => {
    const revisions = [
      revision('2022-23', 75),
      revision('2023-24', 81.2),
      revision('2024-25', null),
    ];
    const c = seriesContext(def, SERIES, { asAt, revisions }).points;
    expect(c[0]?.revised).toEqual({ from: 75, firstReportedAt: '2024-05-01T09:00:00.000Z' });
    expect(c[0]?.symbols).toEqual(['[r]']);
    expect(c[1]?.revised).toBeNull(); // 81.24 and 81.2 both show as 81.2
    expect(c[2]?.revised).toEqual({ from: null, firstReportedAt: '2024-05-01T09:00:00.000Z' });
    expect(c[2]?.symbols).toEqual(['[p]', '[r]']);
  });

  it('never marks a partial point revised', () => {
    const c = seriesContext(def, SERIES, { asAt, revisions: [revision('2025-26', 10)] }).points;
    expect(c[3]?.revised).toBeNull();
  });

  it('attaches notes to their period or to the whole series, published only unless asked', () => {
    const notes = [
      note(3, '2024-25'),
      note(1, '2024-25'),
      note(2, null),
      note(4, '2024-25', { status: 'draft' }),
      note(5, '2024-25', { indicatorId: 'other' }),
    ];
    const c = seriesContext(def, SERIES, { asAt, notes });
    expect(c.notes.map((n) => n.id)).toEqual([2]);
    expect(c.points[2]?.notes.map((n) => n.id)).toEqual([1, 3]);
    expect(c.points[1]?.notes).toEqual([]);
    const drafts = seriesContext(def, SERIES, { asAt, notes, includeDrafts: true });
    expect(drafts.points[2]?.notes.map((n) => n.id)).toEqual([1, 3, 4]);
  });

  it('marks [b] on the first point of each window kind from the date the indicator replaced another', () => {
    const replacing = { ...def, replaces: { id: 'old_pct', from: '2023-04-01' } };
    const q = pt('quarter', '2023-24 Q2', '2023-07-01', '2023-09-30', 80);
    const series = { indicatorId: 'seen_pct', points: [Y22, Y23, q, Y24] };
    const c = seriesContext(replacing, series, { asAt }).points;
    expect(c.map((p) => p.break)).toEqual([false, true, true, false]);
    expect(c[1]?.symbols).toEqual(['[b]']);
  });

  it('gives nothing for a missing series', () => {
    expect(seriesContext(def, undefined, { asAt })).toEqual({ notes: [], points: [] });
  });
});
