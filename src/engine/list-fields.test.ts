import { describe, expect, it } from 'vitest';
import { NUMBER, type PackedRecords } from '../domain/index.ts';
import { NONE } from './columns.ts';
import { dayColumn, flagColumn, valueAt } from './list-fields.ts';

interface Row {
  childId: string;
  start: number | null;
  plan: boolean | null;
  count: number | null;
}

const rows: Row[] = [
  { childId: 'A', start: 100, plan: true, count: 2 },
  { childId: 'B', start: null, plan: null, count: null },
  { childId: 'C', start: 300, plan: false, count: 0 },
];

/** The rows packed as a reading thread packs them: numbers coded NUMBER, the rest by value. */
const packed: PackedRecords = {
  length: 3,
  fields: ['childId', 'start', 'plan', 'count'],
  columns: [
    { kind: 'plain', values: ['A', 'B', 'C'] },
    {
      kind: 'coded',
      codes: Int32Array.of(NUMBER, 0, NUMBER),
      numbers: Float64Array.of(100, 0, 300),
      values: [null],
    },
    { kind: 'coded', codes: Int32Array.of(0, 1, 2), numbers: null, values: [true, null, false] },
    {
      kind: 'coded',
      codes: Int32Array.of(NUMBER, 0, NUMBER),
      numbers: Float64Array.of(2, 0, 0),
      values: [null],
    },
  ],
};

describe('list fields, from records or packed columns alike', () => {
  for (const [name, list] of [
    ['records', rows],
    ['packed columns', packed],
  ] as const) {
    it(`reads days, blanks as given, from ${name}`, () => {
      expect([...dayColumn<Row>(list, 'start', NONE)]).toEqual([100, NONE, 300]);
    });

    it(`flags values that pass a test from ${name}`, () => {
      expect([...flagColumn<Row, 'plan'>(list, 'plan', (p) => p === true)]).toEqual([1, 0, 0]);
      expect([...flagColumn<Row, 'count'>(list, 'count', (n) => (n ?? 0) > 0)]).toEqual([1, 0, 0]);
      expect([...flagColumn<Row, 'count'>(list, 'count', (n) => n === null)]).toEqual([0, 1, 0]);
    });

    it(`reads one record's value from ${name}`, () => {
      expect(valueAt<Row, 'childId'>(list, 'childId', 2)).toBe('C');
      expect(valueAt<Row, 'plan'>(list, 'plan', 1)).toBeNull();
    });
  }

  it('names a field the packed records do not have', () => {
    expect(() => dayColumn<Row>(packed, 'missing' as 'start', NONE)).toThrow(/no field missing/);
  });
});
