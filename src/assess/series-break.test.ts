import { describe, expect, it } from 'vitest';
import type { IndicatorDefinition, Point } from '../domain/index.ts';
import { layReplaced } from './series-break.ts';

const base = {
  description: 'x',
  unit: 'percent',
  polarity: 'higher_is_better',
  kind: 'flow',
  source: 'supplied',
  basis: 'local',
} as const;

const initial: IndicatorDefinition = { ...base, id: 'initial_seen_pct', title: 'Seen (initial)' };
const single: IndicatorDefinition = {
  ...base,
  id: 'single_seen_pct',
  title: 'Seen (single assessment)',
  replaces: { id: 'initial_seen_pct', from: '2013-04-01' },
};

const year = (y: number, value: number): Point => ({
  window: 'year',
  period: `${y}-${String((y + 1) % 100).padStart(2, '0')}`,
  start: `${y}-04-01`,
  end: `${y + 1}-03-31`,
  value,
  numerator: null,
  denominator: null,
});

const OLD = {
  indicatorId: 'initial_seen_pct',
  points: [year(2011, 70), year(2012, 72), year(2013, 74)],
};
const NEW = {
  indicatorId: 'single_seen_pct',
  points: [year(2012, 60), year(2013, 65), year(2014, 68)],
};

describe('layReplaced', () => {
  it('takes the old series before the date and the new from it, marking the break once', () => {
    const axis = layReplaced(single, NEW, initial, OLD, 'year');
    expect(
      axis?.points.map((p) => [
        p.period,
        p.source,
        p.point?.value ?? null,
        p.break,
        p.other?.value ?? null,
      ]),
    ).toEqual([
      ['2011-12', 'old', 70, false, null],
      ['2012-13', 'old', 72, false, 60],
      ['2013-14', 'new', 65, true, 74],
      ['2014-15', 'new', 68, false, null],
    ]);
    expect(axis).toMatchObject({
      window: 'year',
      from: '2013-04-01',
      old: { id: 'initial_seen_pct', title: 'Seen (initial)' },
      new: { id: 'single_seen_pct', title: 'Seen (single assessment)' },
    });
  });

  it('leaves a period before the date without a value when only the new series has it', () => {
    const axis = layReplaced(
      single,
      NEW,
      initial,
      { indicatorId: 'initial_seen_pct', points: [] },
      'year',
    );
    expect(axis?.points[0]).toMatchObject({
      period: '2012-13',
      source: 'old',
      point: null,
      other: { value: 60 },
    });
    expect(axis?.points.find((p) => p.break)?.period).toBe('2013-14');
  });

  it('only lays the window kind asked for, and is null unless the new names the old', () => {
    expect(layReplaced(single, NEW, initial, OLD, 'quarter')?.points).toEqual([]);
    expect(layReplaced(initial, OLD, single, NEW, 'year')).toBeNull();
  });
});
