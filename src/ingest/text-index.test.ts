import { describe, expect, it } from 'vitest';
import { TextIndex } from './text-index.ts';

describe('TextIndex', () => {
  it('gives -1 for a new key and keeps its value; gives that value for the same text again', () => {
    const index = new TextIndex();
    expect(index.getOrAdd('C1', 10)).toBe(-1);
    expect(index.getOrAdd('C2', 20)).toBe(-1);
    expect(index.getOrAdd(['C', '1'].join(''), 99)).toBe(10);
    expect(index.get('C2')).toBe(20);
    expect(index.get('C3')).toBe(-1);
    expect(index.size).toBe(2);
  });

  it('tells apart texts that differ only in case, accents or length, and the empty text', () => {
    const index = new TextIndex();
    const keys = ['a', 'A', 'á', 'a ', '', 'aa'];
    keys.forEach((key, i) => {
      expect(index.getOrAdd(key, i)).toBe(-1);
    });
    keys.forEach((key, i) => {
      expect(index.get(key)).toBe(i);
    });
  });

  it('keeps every key through many growths (200,000 keys)', () => {
    const index = new TextIndex();
    for (let i = 0; i < 200_000; i++) expect(index.getOrAdd(`NM${i}`, i)).toBe(-1);
    let wrong = 0;
    for (let i = 0; i < 200_000; i++) if (index.get(`NM${i}`) !== i) wrong++;
    expect(wrong).toBe(0);
    expect(index.size).toBe(200_000);
    expect(index.get('NM200000')).toBe(-1);
  });
});
