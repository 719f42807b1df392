import { describe, expect, it } from 'vitest';
import { packRecords, unpackRecords } from './record-pack.ts';

const ids = ['C1', 'C2'];
const idOf = (index: number) => ids[index];

describe('packRecords and unpackRecords', () => {
  it('give back the same records: numbers, texts, booleans and blanks, fields in order', () => {
    const records = [
      { childId: 'C1', day: 19_000, source: '1A', nfa: true, count: null },
      { childId: 'C2', day: -3, source: null, nfa: false, count: 2.5 },
      { childId: 'C1', day: 0, source: '1A', nfa: null, count: 0 },
    ];
    const keys = Int32Array.of(0, 1, 0);
    const packed = structuredClone(packRecords(records, keys, idOf));
    expect(packed.columns[0]).toEqual({ kind: 'child' });
    const back = unpackRecords(packed, keys, idOf);
    expect(back).toEqual(records);
    expect(back.map((r) => Object.keys(r as object))).toEqual(records.map((r) => Object.keys(r)));
  });

  it('packs the identifiers themselves when a key does not match the record', () => {
    const records = [{ childId: 'C1' }, { childId: 'C9' }];
    const packed = packRecords(records, Int32Array.of(0, 1), idOf);
    expect(packed.columns[0]?.kind).toBe('coded');
    expect(unpackRecords(packed)).toEqual(records);
  });

  it('keeps a column of many distinct values as it is', () => {
    const records = Array.from({ length: 20_000 }, (_, i) => ({ id: `A${i}`, n: i % 3 }));
    const packed = packRecords(records);
    expect(packed.columns.map((c) => c.kind)).toEqual(['plain', 'coded']);
    expect(unpackRecords(structuredClone(packed))).toEqual(records);
  });

  it('refuses records of different shapes and names that are not plain field names', () => {
    expect(() => packRecords([{ a: 1 }, { a: 1, b: 2 }])).toThrow(/shape/);
    expect(() => packRecords([{ 'a-b': 1 }])).toThrow(/field name/);
    expect(unpackRecords(packRecords([]))).toEqual([]);
  });
});
