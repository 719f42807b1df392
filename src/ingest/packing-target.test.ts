import { describe, expect, it } from 'vitest';
import { type Child, emptyRecordSet, type Issue } from '../domain/index.ts';
import { PackingTarget, PackingTargets } from './packing-target.ts';
import { MergeState, recordKey, TableMerger } from './record-merge.ts';
import { unpackRecords } from './record-pack.ts';

interface Row {
  childId: string;
  day: number;
  team: string | null;
  flag: boolean | null;
}

const child = (childId: string): Child => ({
  childId,
  gender: null,
  ethnicity: null,
  birthDate: null,
});
const ids = ['C0', 'C1', 'C2'];
const registry = { idOf: (index: number) => ids[index] };
/** The children by index, as a read gives them. */
const known = ids.map((childId) => child(childId));

/** Rows (child index, day, team, flag) merged into a packing target, in order. */
function packedRows(rows: readonly [number, number, string | null, boolean | null][]) {
  const issues: Issue[] = [];
  const target = new PackingTarget<Row>(registry);
  const merger = new TableMerger(new MergeState(issues), target, { file: 'f.csv' }, 'Day');
  rows.forEach(([childIndex, day, team, flag], i) => {
    const record = { childId: ids[childIndex]!, day, team, flag };
    merger.add(recordKey(3, childIndex, day), record, child(record.childId), i + 2, childIndex);
  });
  const keys = target.childKeys();
  const records = unpackRecords<Row>(target.packed(), keys, (i) => known[i]?.childId);
  return {
    target,
    keys,
    records,
    issues: issues.map((i) => `${i.row}: ${i.message.slice(0, 30)}`),
  };
}

describe('PackingTarget(registry)', () => {
  it('packs each record as merged, its identifier read back by its child key', () => {
    const { target, keys, records } = packedRows([
      [0, 10, 'North', true],
      [1, 10, null, null],
      [0, 11, 'South', false],
    ]);
    expect(records).toEqual([
      { childId: 'C0', day: 10, team: 'North', flag: true },
      { childId: 'C1', day: 10, team: null, flag: null },
      { childId: 'C0', day: 11, team: 'South', flag: false },
    ]);
    expect([...keys]).toEqual([0, 1, 0]);
    expect(target.at(1)).toEqual(records[1]);
    expect(target.packed().columns[0]).toEqual({ kind: 'child' });
  });

  it("counts an exact repeat once, and puts a differing one in the first one's place", () => {
    const { records, issues } = packedRows([
      [0, 10, 'North', true],
      [2, 12, 'East', null],
      [0, 10, 'North', true],
      [2, 12, 'West', null],
    ]);
    expect(records.map((r) => `${r.childId}@${r.day}=${r.team}`)).toEqual([
      'C0@10=North',
      'C2@12=West',
    ]);
    expect(issues).toEqual([
      '4: Duplicate row, counted once: e',
      '5: Same child and Day as row 3, b',
    ]);
  });

  it('keeps values as they are once too many are distinct to code, with the same records', () => {
    const target = new PackingTarget<Row>(registry);
    const rows = Array.from({ length: 9000 }, (_, i) => ({
      childId: ids[i % 3]!,
      day: i,
      team: `T${i}`,
      flag: i % 2 === 0,
    }));
    for (const [i, row] of rows.entries()) target.push(row, i % 3);
    target.set(5, { ...rows[5]!, team: 'changed' }, 2);
    const packed = target.packed();
    expect(packed.columns.map((c) => c.kind)).toEqual(['child', 'coded', 'plain', 'coded']);
    const expected = rows.map((row, i) =>
      i === 5 ? { ...row, childId: 'C2', team: 'changed' } : row,
    );
    expect(unpackRecords<Row>(packed, target.childKeys(), (i) => known[i]?.childId)).toEqual(
      expected,
    );
  });

  it('gives the same records with room made first, before or after the first record', () => {
    const rows = [
      { childId: 'C0', day: 1, team: 'North', flag: true },
      { childId: 'C1', day: 2, team: null, flag: null },
    ];
    const target = new PackingTarget<Row>(registry);
    target.reserve(10);
    target.push(rows[0]!, 0);
    target.reserve(5000);
    target.push(rows[1]!, 1);
    expect(target.length).toBe(2);
    expect(unpackRecords<Row>(target.packed(), target.childKeys(), (i) => ids[i])).toEqual(rows);
  });
});

describe('PackingTargets(registry)', () => {
  it('gives one target a list, and the lists packed by name with their child keys', () => {
    const targets = new PackingTargets(registry);
    const records = emptyRecordSet();
    const referrals = targets.for(records.referrals);
    expect(targets.for(records.referrals)).toBe(referrals);
    targets.for(records.assessments); // opened, but nothing read: not packed
    referrals.push({ childId: 'C1', referralDate: 5 } as never, 1);
    const packed = targets.packed(records);
    expect(Object.keys(packed)).toEqual(['referrals']);
    expect([...packed.referrals!.keys]).toEqual([1]);
    expect(packed.referrals!.records.length).toBe(1);
  });
});
