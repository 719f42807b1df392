import { describe, expect, it } from 'vitest';
import { TextIndex } from './text-index.ts';

describe('TextIndex', () => {
  it('gives -1 for a new key, numbering it in order; gives that number for the same text again', () => {
    const index = new TextIndex();
    expect(index.getOrAdd('C1')).toBe(-1);
    expect(index.getOrAdd('C2')).toBe(-1);
    expect(index.getOrAdd(['C', '1'].join(''))).toBe(0);
    expect(index.get('C2')).toBe(1);
    expect(index.get('C3')).toBe(-1);
    expect(index.size).toBe(2);
    expect([index.keyOf(1), index.keyOf(2)]).toEqual(['C2', undefined]);
  });

  it('keeps every key when room was made first', () => {
    const index = new TextIndex();
    index.reserve(5000);
    for (let i = 0; i < 6000; i++) expect(index.getOrAdd(`K${i}`)).toBe(-1);
    for (let i = 0; i < 6000; i++) expect(index.get(`K${i}`)).toBe(i);
  });

  it('tells apart texts that differ only in case, accents or length, and the empty text', () => {
    const index = new TextIndex();
    const keys = ['a', 'A', 'á', 'a ', '', 'aa'];
    for (const key of keys) expect(index.getOrAdd(key)).toBe(-1);
    keys.forEach((key, i) => {
      expect(index.get(key)).toBe(i);
    });
  });

  it('keeps every key through many growths (200,000 keys)', () => {
    const index = new TextIndex();
    for (let i = 0; i < 200_000; i++) expect(index.getOrAdd(`NM${i}`)).toBe(-1);
    let wrong = 0;
    for (let i = 0; i < 200_000; i++) if (index.get(`NM${i}`) !== i) wrong++;
    expect(wrong).toBe(0);
    expect(index.size).toBe(200_000);
    expect(index.get('NM200000')).toBe(-1);
  });

  it('tells apart long texts, texts beyond Latin-1 and texts that differ in their last place', () => {
    const index = new TextIndex();
    const keys = [
      'NM0000000001', // 12 characters: kept packed
      'NM0000000002',
      'NM00000000012', // 13: kept as a string
      'NM00000000013',
      'a\u0000',
      'a',
      '\u0000',
      'NM\u20ac1', // a character beyond U+00FF
      'NM\u20ac2',
      'ÿÿÿÿÿÿÿÿÿÿÿÿ',
    ];
    for (const key of keys) expect(index.getOrAdd(key)).toBe(-1);
    keys.forEach((key, i) => {
      expect(index.get([...key].join(''))).toBe(i);
      expect(index.keyOf(i)).toBe(key); // made again from its packed numbers, or kept
    });
    expect(index.keyOf(keys.length)).toBeUndefined();
    expect(index.get('NM000000000')).toBe(-1);
    expect(index.get('NM\u20ac3')).toBe(-1);
  });
});
