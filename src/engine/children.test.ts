import { describe, expect, it } from 'vitest';
import type { Child, Contact, Referral } from '../domain/index.ts';
import { childIndex } from './children.ts';
import { NONE } from './columns.ts';

const none = { children: [] };

function child(childId: string, birthDate: number | null = null): Child {
  return { childId, gender: null, ethnicity: null, birthDate };
}

function contact(childId: string): Contact {
  return { childId, contactDate: 100, source: null };
}

function referral(childId: string): Referral {
  return { childId, referralDate: 100, source: null, nfa: null, referralsLast12m: null };
}

const byId = (c: Contact) => c.childId;

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

  it("with a reader's keys, numbers children in order of first sight, by their places", () => {
    const children = [child('X', 10), child('Y')];
    const contacts = [contact('Y')];
    const index = childIndex({ children, contacts }, { contacts: Int32Array.of(1) });
    expect(index.count()).toBe(0);
    expect(['Y', 'Z', 'X', 'Z'].map((id) => index.indexOf(copy(id)))).toEqual([0, 1, 2, 1]);
    expect(index.count()).toBe(3);
    expect([...index.birthDates([Int32Array.of(0, 1, 2)])]).toEqual([NONE, NONE, 10]);
  });

  it('without keys, numbers children in order of first sight and finds their births by identifier', () => {
    const children = [child('X', 10), child('Y', 20), child('W', 30)];
    const index = childIndex({ children });
    expect(['Y', 'Z', 'X'].map((id) => index.indexOf(copy(id)))).toEqual([0, 1, 2]);
    expect([...index.birthDates([Int32Array.of(2, 1), Int32Array.of(0)])]).toEqual([20, NONE, 10]);
  });

  it('matches a list to the children of others without adding its own; -1 for one not there', () => {
    const index = childIndex(none);
    const referred = Int32Array.of(index.indexOf('A'));
    const matched = index.matched(['A', 'B'].map(contact), byId, [referred]);
    expect(matched).toEqual({ child: Int32Array.of(0, -1), indexes: null });
    expect(index.count()).toBe(1);
  });

  it("takes a reader's keys for the list they were read with, without looking at identifiers", () => {
    const children = [child('A'), child('B'), child('C')];
    const contacts = ['C', 'A', 'C', 'B'].map(contact);
    const index = childIndex({ children, contacts }, { contacts: Int32Array.of(2, 0, 2, 1) });
    expect([...index.column(contacts, byId)]).toEqual([0, 1, 0, 2]); // places 2, 0, 2, 1
    expect(index.count()).toBe(3);
  });

  it("with a reader's keys, matches by place: the keys as they are, by identifier where missing", () => {
    const children = [child('A'), child('B'), child('C')];
    const referrals = [referral('C')];
    const contacts = ['A', 'C', 'B', 'C'].map(contact);
    const keys = { referrals: Int32Array.of(2), contacts: Int32Array.of(0, 2, 1, 2) };
    const index = childIndex({ children, referrals, contacts }, keys);
    const referred = index.column(referrals, (r) => r.childId);
    expect([...referred]).toEqual([0]);
    const matched = index.matched(contacts, byId, [referred]);
    expect(matched.child).toBe(keys.contacts);
    expect([...keys.contacts].map((place) => matched.indexes![place])).toEqual([-1, 0, -1, 0]);
    const missing = Int32Array.of(0, 2, 1, -1);
    const some = childIndex({ children, referrals, contacts }, { ...keys, contacts: missing });
    const again = some.matched(contacts, byId, [some.column(referrals, (r) => r.childId)]);
    expect([...again.child]).toEqual([0, 2, 1, 2]);
    expect(some.count()).toBe(1);
  });

  it('finds the child by identifier where a key is missing or out of range', () => {
    const children = [child('A'), child('B'), child('C')];
    const contacts = ['C', 'A', 'C', 'B', 'D', 'A'].map(contact);
    const keys = Int32Array.of(2, -1, 7, 1, -1, -5);
    const index = childIndex({ children, contacts }, { contacts: keys });
    expect([...index.column(contacts, byId)]).toEqual([0, 1, 0, 2, 3, 1]); // places 2, 0, 2, 1, 3, 0
  });

  it('ignores keys for another list, or of another length', () => {
    const children = [child('A'), child('B')];
    const contacts = ['B', 'A'].map(contact);
    const index = childIndex({ children, contacts }, { contacts: Int32Array.of(0) });
    expect([...index.column(contacts, byId)]).toEqual([0, 1]); // in order of first sight
    expect([...index.column(['B', 'A'].map(contact), byId)]).toEqual([0, 1]);
  });

  it('gives one index per identifier with keys, some keys or none, over random lists', () => {
    const ids = Array.from({ length: 300 }, (_, n) => `C${(n * 7919) % 1000}`);
    const children = ids.slice(0, 200).map((id) => child(id));
    const contacts = Array.from({ length: 2000 }, (_, n) => contact(copy(ids[(n * 31) % 300]!)));
    const right = Int32Array.from(contacts, (c) =>
      children.findIndex((x) => x.childId === c.childId),
    );
    const some = right.map((k, n) => (n % 3 === 0 ? -1 : k));
    for (const keys of [{}, { contacts: right }, { contacts: some }]) {
      const column = childIndex({ children, contacts }, keys).column(contacts, byId);
      const idOf = new Map<number, string>();
      const indexOf = new Map<string, number>();
      contacts.forEach(({ childId }, i) => {
        idOf.set(column[i]!, childId);
        indexOf.set(childId, column[i]!);
      });
      expect(
        contacts.map(({ childId }, i) => [idOf.get(column[i]!), indexOf.get(childId)]),
      ).toEqual(contacts.map(({ childId }, i) => [childId, column[i]]));
      expect(new Set(column).size).toBe(new Set(contacts.map((c) => c.childId)).size);
    }
  });
});
