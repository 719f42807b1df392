import { describe, expect, it } from 'vitest';
import type { Child } from '../domain/index.ts';
import { ChildRegistry } from './child-registry.ts';
import { unpackRecords } from './record-pack.ts';

describe('ChildRegistry', () => {
  const row = (childId: string, ethnicity: string | null, birthDate: number | null): Child => ({
    childId,
    gender: 'female',
    ethnicity,
    birthDate,
  });

  it('makes no object for a child noted, until asked for it; the last row wins', () => {
    const children: Child[] = [];
    const registry = new ChildRegistry(children);
    const reused = row('', null, null);
    const note = (child: Child, at: number) => registry.note(Object.assign(reused, child), at);
    expect(note(row('NM0000000001', 'WBRI', 5), 2)).toBe(0);
    expect(note(row('A-very-long-identifier', null, null), 3)).toBe(1);
    expect(note(row('NM0000000001', 'WOTH', 6), 4)).toBe(0);
    expect(children).toEqual([undefined, undefined]);
    expect([registry.idOf(0), registry.idOf(1), registry.idOf(2)]).toEqual([
      'NM0000000001',
      'A-very-long-identifier',
      undefined,
    ]);
    expect(registry.at(1)).toEqual(row('A-very-long-identifier', null, null));
    expect(registry.find('NM0000000001')).toBe(0);
    const list = registry.list();
    expect(Array.from({ length: list.length }, (_, i) => list.at(i))).toEqual([
      row('NM0000000001', 'WOTH', 6),
      row('A-very-long-identifier', null, null),
    ]);
  });

  it('packs its children as their objects would pack, making none', () => {
    const children: Child[] = [];
    const registry = new ChildRegistry(children);
    const reused = row('', null, null);
    const note = (child: Child) => registry.note(Object.assign(reused, child));
    note(row('NM0000000001', 'WBRI', 5));
    note({ ...row('A-very-long-identifier', null, null), gender: 'female' });
    note(row('NM0000000001', 'WOTH', null));
    note(row('C3', null, -400));
    const packed = structuredClone(registry.packed());
    expect(children).toEqual([undefined, undefined, undefined]);
    const list = registry.list();
    const objects = Array.from({ length: list.length }, (_, i) => list.at(i));
    expect(unpackRecords(packed)).toEqual(objects);
    expect(objects[0]).toEqual(row('NM0000000001', 'WOTH', null));
    expect(objects[1]?.gender).toBe('female');
  });

  it('keeps a child set as an object until a row says otherwise of it', () => {
    const children: Child[] = [];
    const registry = new ChildRegistry(children);
    registry.file = 3;
    const first = registry.at(registry.set(row('C1', 'WBRI', 5), 7));
    registry.file = 4;
    expect(registry.at(registry.set(row('C1', 'WBRI', 5), 1))).toBe(first);
    registry.file = 5;
    expect(registry.note(row('C1', 'WBRI', 9), 1)).toBe(0);
    expect(children[0]).toBeUndefined();
    expect(registry.at(0)).toEqual(row('C1', 'WBRI', 9));
    expect(registry.sightings()).toEqual({
      firstFile: Int32Array.of(3),
      firstRow: Int32Array.of(7),
      lastFile: Int32Array.of(5),
    });
  });
});
