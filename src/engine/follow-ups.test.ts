import { describe, expect, it } from 'vitest';
import { followedBy } from './follow-ups.ts';

type Rows = [string, number][];

/** Child indexes for identifiers, shared by every list of a test. */
const ids = new Map<string, number>();
const indexOf = (id: string) => ids.get(id) ?? ids.set(id, ids.size).size - 1;

function dated(rows: Rows) {
  return {
    date: Int32Array.from(rows, ([, day]) => day),
    child: Int32Array.from(rows, ([id]) => indexOf(id)),
  };
}

/** followedBy over rows, the child count from the identifiers seen. */
function followed(events: Rows, later: Rows, within: number): number[] {
  const [e, l] = [dated(events), dated(later)];
  return [...followedBy(e, l, within, ids.size)];
}

function plain(events: Rows, later: Rows, within: number): number[] {
  return events.map(([id, day]) =>
    later.some(([c, d]) => c === id && d >= day && d <= day + within) ? 1 : 0,
  );
}

function random(seed: number): (n: number) => number {
  let a = seed;
  return (n) => {
    a = (Math.imul(a, 1_103_515_245) + 12_345) >>> 0;
    return (a >>> 8) % n;
  };
}

describe('followedBy(events, later, within, childCount)', () => {
  const later: Rows = [
    ['A', 1000],
    ['B', 1063],
    ['A', 1100],
  ];

  it('finds a later date 0 to 30 days after, for the same child only', () => {
    const events: Rows = [
      ['A', 1000], // same day
      ['A', 970], // 30 days before
      ['A', 969], // 31 days before
      ['A', 1001], // the day after
      ['A', 1070],
      ['B', 1000],
      ['C', 1000], // a child not in the later list
      ['', 1000],
      ['a', 1000], // another identifier
    ];
    expect(followed(events, later, 30)).toEqual([1, 1, 0, 0, 1, 0, 0, 0, 0]);
  });

  it('gives every event its own answer whatever order the lists are in', () => {
    const events: Rows = [
      ['A', 1070],
      ['A', 969],
      ['B', 1040],
      ['A', 1000],
    ];
    const shuffled: Rows = [later[2]!, later[0]!, later[1]!];
    expect(followed(events, shuffled, 30)).toEqual([1, 0, 1, 1]);
  });

  it('agrees with a plain search on random lists, sorted or not', () => {
    for (const seed of [7, 8, 9]) {
      const pick = random(seed);
      const laterRows = Array.from({ length: 3000 }, (): [string, number] => [
        `C${pick(900)}`,
        pick(4000),
      ]);
      const events = Array.from({ length: 6000 }, (): [string, number] => [
        `C${pick(1000)}`,
        pick(4100) - 60,
      ]);
      const expected = plain(events, laterRows, 30);
      expect(followed(events, laterRows, 30)).toEqual(expected);
      const byDate = (rows: Rows) => [...rows].sort((a, b) => a[1] - b[1]);
      const sorted = followed(byDate(events), byDate(laterRows), 30);
      expect(sorted).toEqual(plain(byDate(events), byDate(laterRows), 30));
    }
  });
});
