import { describe, expect, it } from 'vitest';
import {
  type ChildList,
  childrenMadeOnRead,
  emptyRecordSet,
  makeOnRead,
  recordSetCopy,
} from './record.ts';

const child = (childId: string) => ({ childId, gender: null, ethnicity: null, birthDate: null });

describe('makeOnRead(records, list, make)', () => {
  it('makes the list when it is first read, once, also for a copy made before', () => {
    const records = emptyRecordSet();
    let made = 0;
    makeOnRead(records, 'children', () => {
      made += 1;
      return [child('A')];
    });
    const copy = recordSetCopy(records);
    expect(made).toBe(0);
    expect(records.children.map((c) => c.childId)).toEqual(['A']);
    expect(copy.children).toBe(records.children);
    expect(made).toBe(1);
  });

  it('is replaced when the list is set, and never made then', () => {
    const records = emptyRecordSet();
    makeOnRead(records, 'children', () => {
      throw new Error('made');
    });
    records.children = [child('B')];
    expect(records.children.map((c) => c.childId)).toEqual(['B']);
    records.children.push(child('C'));
    expect(records.children).toHaveLength(2);
  });

  it('leaves the other lists as they are, and a spread copy makes the list', () => {
    const records = emptyRecordSet();
    const referrals = records.referrals;
    makeOnRead(records, 'children', () => [child('A')]);
    const copy = recordSetCopy(records);
    expect(copy.referrals).toBe(referrals);
    expect({ ...records }.children).toHaveLength(1);
  });
});

describe('childrenMadeOnRead(records, list)', () => {
  it("gives the children from the list until the records' are made, then from those", () => {
    const known = [child('A'), child('B')];
    const asked: number[] = [];
    const list: ChildList = {
      length: known.length,
      at: (index) => {
        asked.push(index);
        return known[index];
      },
    };
    const records = emptyRecordSet();
    const children = childrenMadeOnRead(records, list);
    expect(children.at(1)?.childId).toBe('B');
    expect(asked).toEqual([1]);
    expect(records.children.map((c) => c.childId)).toEqual(['A', 'B']);
    expect(asked).toEqual([1, 0, 1]);
    expect(children.at(0)).toBe(records.children[0]);
    expect(children.at(2)).toBeUndefined();
    expect(asked).toEqual([1, 0, 1]); // the list is not asked again
  });
});
