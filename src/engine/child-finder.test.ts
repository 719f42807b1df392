import { describe, expect, it } from 'vitest';
import { followUps } from './child-finder.ts';
import { childIndex } from './children.ts';

/** A later list of (child identifier, day) records, interned as the context would. */
function laterList(records: [string, number][]) {
  const children = childIndex();
  const child = Int32Array.from(records, ([id]) => children.indexOf(id));
  const date = Int32Array.from(records, ([, day]) => day);
  return followUps(child, date, (i) => records[i]![0], 30);
}

describe('followUps(child, date, idOf, within).follows(childId, day)', () => {
  const later = laterList([
    ['A', 1000],
    ['B', 1063],
    ['A', 1100],
  ]);

  it('finds a date 0 to 30 days after the day, for the same child only', () => {
    expect(later.follows('A', 1000)).toBe(true); // same day
    expect(later.follows('A', 970)).toBe(true); // 30 days before
    expect(later.follows('A', 969)).toBe(false); // 31 days before
    expect(later.follows('A', 1001)).toBe(false); // the day after
    expect(later.follows('A', 1070)).toBe(true);
    expect(later.follows('B', 1000)).toBe(false);
    expect(later.follows('C', 1000)).toBe(false); // a child not in the list
    expect(later.follows('', 1000)).toBe(false);
  });

  it('agrees with a plain search on random lists, across block boundaries', () => {
    let seed = 7;
    const pick = (n: number) => {
      seed = (Math.imul(seed, 1_103_515_245) + 12_345) >>> 0;
      return (seed >>> 8) % n;
    };
    const records = Array.from({ length: 400 }, (): [string, number] => [
      `C${pick(60)}`,
      pick(700),
    ]);
    const random = laterList(records);
    for (let k = 0; k < 3000; k++) {
      const [id, day] = [`C${pick(70)}`, pick(760) - 30];
      const plain = records.some(([c, d]) => c === id && d >= day && d <= day + 30);
      expect(random.follows(id, day), `${id} ${day}`).toBe(plain);
    }
  });
});
