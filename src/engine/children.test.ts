import { describe, expect, it } from 'vitest';
import { childIndex } from './children.ts';

describe('childIndex(expected)', () => {
  it('gives dense indexes in order of first sight, the same one for the same identifier', () => {
    const index = childIndex();
    expect(['B', 'A', 'B', 'C', 'A'].map((id) => index.indexOf(id))).toEqual([0, 1, 0, 2, 1]);
    expect(index.count()).toBe(3);
  });

  it('keeps every identifier apart as it grows far beyond its expected size', () => {
    const index = childIndex(2);
    const ids = Array.from({ length: 5000 }, (_, n) => `child-${n}`);
    const expected = ids.map((_, n) => n);
    expect(ids.map((id) => index.indexOf(id))).toEqual(expected);
    // the same text in another string object finds the same index
    expect(ids.map((id) => index.indexOf([...id].join('')))).toEqual(expected);
    expect(index.count()).toBe(5000);
  });

  it('tells apart identifiers that differ only in case or spacing', () => {
    const index = childIndex(4);
    expect(['abc', 'ABC', 'abc ', ''].map((id) => index.indexOf(id))).toEqual([0, 1, 2, 3]);
  });

  it('finds an identifier without adding it, and -1 for one it does not hold', () => {
    const index = childIndex(2);
    for (const id of ['A', 'B', 'C']) index.indexOf(id);
    expect(['C', 'A', 'D', 'a', ''].map((id) => index.find(id))).toEqual([2, 0, -1, -1, -1]);
    expect(index.count()).toBe(3);
    expect(index.indexOf('D')).toBe(3);
    expect(index.find('D')).toBe(3);
  });
});
