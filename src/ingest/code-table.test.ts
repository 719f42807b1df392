import { describe, expect, it } from 'vitest';
import { memoised } from './code-table.ts';

describe('memoised(read)', () => {
  it('works a text out once, and answers right for texts that share a cache slot', () => {
    const asked: string[] = [];
    const upper = memoised((text: string) => {
      asked.push(text);
      return text.toUpperCase();
    });
    // Same length, same middle and last character: the same slot of the cache.
    const texts = ['ab', 'cb', 'ab', 'cb', 'ab', 'xab'.slice(1), 'zcb'.slice(1)];
    expect(texts.map(upper)).toEqual(['AB', 'CB', 'AB', 'CB', 'AB', 'AB', 'CB']);
    expect(asked).toEqual(['ab', 'cb']);
  });

  it('works out every time the texts beyond the ones it remembers', () => {
    let calls = 0;
    const length = memoised((text: string) => {
      calls += 1;
      return text.length;
    });
    for (let i = 0; i < 1001; i++) length(`text ${i}`);
    expect(length('text 1000')).toBe(9);
    expect(calls).toBe(1002);
    expect(length('text 999')).toBe(8);
    expect(calls).toBe(1002);
  });
});
