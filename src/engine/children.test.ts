import { describe, expect, it } from 'vitest';
import type { Child, Contact } from '../domain/index.ts';
import { childIndex } from './children.ts';

const none = { children: [] };

function child(childId: string, birthDate: number | null = null): Child {
  return { childId, gender: null, ethnicity: null, birthDate };
}

function contact(childId: string): Contact {
  return { childId, contactDate: 100, source: null };
}

/** The same text in another string object, as a reader makes for each row. */
const copy = (id: string) => [...id].join('');

describe('childIndex(records, keys)', () => {
  it('gives dense indexes in order of first sight, the same one for the same identifier', () => {
    const index = childIndex(none);
    expect(['B', 'A', 'B', 'C', 'A'].map((id) => index.indexOf(id))).toEqual([0, 1, 0, 2, 1]);
    expect(index.count()).toBe(3);
  });

  it('keeps every identifier apart as it grows far beyond its expected size', () => {
    const index = childIndex(none, {}, 2);
    const ids = Array.from({ length: 5000 }, (_, n) => `child-${n}`);
    const expected = ids.map((_, n) => n);
    expect(ids.map((id) => index.indexOf(id))).toEqual(expected);
    expect(ids.map((id) => index.indexOf(copy(id)))).toEqual(expected);
    expect(index.count()).toBe(5000);
  });

  it('tells apart identifiers that differ only in case or spacing', () => {
    const index = childIndex(none, {}, 4);
    expect(['abc', 'ABC', 'abc ', ''].map((id) => index.indexOf(id))).toEqual([0, 1, 2, 3]);
  });

  it("puts the record set's children first, at their places, then identifiers seen in lists", () => {
    const index = childIndex({ children: [child('X', 10), child('Y')] });
    expect(index.count()).toBe(2);
    expect(['Y', 'Z', 'X', 'Z'].map((id) => index.indexOf(id))).toEqual([1, 2, 0, 2]);
    expect(index.count()).toBe(3);
    expect([0, 1, 2].map((i) => index.childAt(i)?.birthDate)).toEqual([10, null, undefined]);
  });

  it('uses the first place of a child listed twice', () => {
    const index = childIndex({ children: [child('X'), child('Y'), child('X'), child('W')] });
    expect(['X', 'W', 'Y'].map((id) => index.indexOf(copy(id)))).toEqual([0, 3, 1]);
  });

  it("takes a reader's keys for the list they were read with, without looking at identifiers", () => {
    const children = [child('A'), child('B'), child('C')];
    const contacts = ['C', 'A', 'C', 'B'].map(contact);
    const index = childIndex({ children, contacts }, { contacts: Int32Array.of(2, 0, 2, 1) });
    expect([...index.column(contacts)]).toEqual([2, 0, 2, 1]);
    expect(index.count()).toBe(3);
  });

  it('finds the child by identifier where a key is missing or out of range', () => {
    const children = [child('A'), child('B'), child('C')];
    const contacts = ['C', 'A', 'C', 'B', 'D', 'A'].map(contact);
    const keys = Int32Array.of(2, -1, 7, 1, -1, -5);
    const index = childIndex({ children, contacts }, { contacts: keys });
    expect([...index.column(contacts)]).toEqual([2, 0, 2, 1, 3, 0]);
  });

  it('ignores keys for another list, or of another length', () => {
    const children = [child('A'), child('B')];
    const contacts = ['B', 'A'].map(contact);
    const index = childIndex({ children, contacts }, { contacts: Int32Array.of(0) });
    expect([...index.column(contacts)]).toEqual([1, 0]);
    expect([...index.column(['B', 'A'].map(contact))]).toEqual([1, 0]);
  });

  it('gives the same columns with keys, some keys or none, over random lists', () => {
    const ids = Array.from({ length: 300 }, (_, n) => `C${(n * 7919) % 1000}`);
    const children = ids.slice(0, 200).map((id) => child(id));
    const contacts = Array.from({ length: 2000 }, (_, n) => contact(copy(ids[(n * 31) % 300]!)));
    const right = Int32Array.from(contacts, (c) =>
      children.findIndex((x) => x.childId === c.childId),
    );
    const some = right.map((k, n) => (n % 3 === 0 ? -1 : k));
    const columns = [{}, { contacts: right }, { contacts: some }].map((keys) => [
      ...childIndex({ children, contacts }, keys).column(contacts),
    ]);
    expect(columns[1]).toEqual(columns[0]);
    expect(columns[2]).toEqual(columns[0]);
  });
});
