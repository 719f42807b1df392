import { describe, expect, it } from 'vitest';
import { type Child, emptyRecordSet, type Issue } from '../domain/index.ts';
import { MergeState, recordKey, TableMerger } from './record-merge.ts';

interface Row {
  childId: string;
  day: number;
  value: string;
}

const child = (childId: string): Child => ({
  childId,
  gender: null,
  ethnicity: null,
  birthDate: null,
});

/** Merges rows (child index, day, value) in order; gives the list, issues and child keys. */
function merged(rows: readonly [number, number, string][], before: Row[] = []) {
  const issues: Issue[] = [];
  const state = new MergeState(issues);
  const records = emptyRecordSet();
  const target = before as unknown as (typeof records)['contacts'];
  records.contacts = target;
  const merger = new TableMerger(state, target as unknown as Row[], { file: 'f.csv' }, 'Day');
  rows.forEach(([childIndex, day, value], i) => {
    const record = { childId: `C${childIndex}`, day, value };
    merger.add(recordKey(1, childIndex, day), record, child(`C${childIndex}`), i + 2, childIndex);
  });
  const rowsOut = target as unknown as Row[];
  return {
    list: rowsOut.map((r) => `${r.childId}@${r.day}=${r.value}`),
    issues: issues.map((i) => `${i.row}: ${i.message.slice(0, 40)}`),
    keys: Array.from(state.childKeys(records).contacts ?? []),
    sources: state.sourcesOf(target),
  };
}

describe('TableMerger finds every repeated key, whatever order rows come in', () => {
  it('takes rows in date order per child as new keys', () => {
    const out = merged([
      [0, 10, 'a'],
      [1, 10, 'b'],
      [0, 11, 'c'],
    ]);
    expect(out.list).toEqual(['C0@10=a', 'C1@10=b', 'C0@11=c']);
    expect(out.issues).toEqual([]);
    expect(out.keys).toEqual([0, 1, 0]);
  });

  it('finds a repeat of the latest key, and of keys seen before rows went out of order', () => {
    const out = merged([
      [0, 10, 'a'],
      [0, 12, 'b'],
      [0, 10, 'a'], // exact repeat of an earlier, not latest, key: found once keys are indexed
      [0, 11, 'c'], // new, though not the latest
      [0, 12, 'B'], // differs: replaces row 3 in its place
      [0, 11, 'c'], // exact repeat of a key added after the index was built
      [1, 5, 'd'],
      [1, 5, 'd'], // the latest key again
    ]);
    expect(out.list).toEqual(['C0@10=a', 'C0@12=B', 'C0@11=c', 'C1@5=d']);
    expect(out.issues).toEqual([
      '4: Duplicate row, counted once: every colum',
      '6: Same child and Day as row 3, but other v',
      '7: Duplicate row, counted once: every colum',
      '9: Duplicate row, counted once: every colum',
    ]);
    expect(out.keys).toEqual([0, 0, 0, 1]);
    expect(out.sources.map((s) => s.row)).toEqual([2, 6, 5, 8]);
  });

  it('keeps places for records others put in the list first', () => {
    const out = merged(
      [
        [0, 3, 'a'],
        [0, 3, 'b'],
      ],
      [{ childId: 'X', day: 1, value: 'x' }],
    );
    expect(out.list).toEqual(['X@1=x', 'C0@3=b']);
    expect(out.issues).toEqual(['3: Same child and Day as row 2, but other v']);
    expect(out.keys).toEqual([-1, 0]); // -1: no child key for a record put there by others
    expect(out.sources.map((s) => s.row)).toEqual([undefined, 3]);
  });
});

describe('TableMerger compares what each row said of the child', () => {
  const about = (gender: Child['gender'], ethnicity: string | null, birthDate: number | null) => ({
    childId: 'C0',
    gender,
    ethnicity,
    birthDate,
  });

  function mergedAbout(rows: readonly [number, Child][]) {
    const issues: Issue[] = [];
    const target: Row[] = [];
    const merger = new TableMerger(new MergeState(issues), target, { file: 'f.csv' }, 'Day');
    const told = about(null, null, null); // one object reused for every row, as readers do
    rows.forEach(([day, child], i) => {
      Object.assign(told, child);
      merger.add(recordKey(1, 0, day), { childId: 'C0', day, value: 'v' }, told, i + 2, 0);
    });
    return issues.map((i) => `${i.row}: ${i.message.slice(0, 27)}`);
  }

  it('counts a repeat once only when its row said the same of the child as the first', () => {
    expect(
      mergedAbout([
        [10, about('male', 'WBRI', 100)],
        [11, about('female', 'WBRI', 100)], // the child said otherwise in between
        [10, about('male', ` WBRI`.trim(), 100)], // the first row's key and details again
        [10, about('male', 'WBRI', 101)], // a different date of birth
        [10, about('male', 'WBRI', null)], // a blank one
        [10, about('male', 'WBRI', null)],
      ]),
    ).toEqual([
      '4: Duplicate row, counted once',
      '5: Same child and Day as row 2',
      '6: Same child and Day as row 5',
      '7: Duplicate row, counted once',
    ]);
  });
});
