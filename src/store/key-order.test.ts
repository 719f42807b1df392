import { describe, expect, it } from 'vitest';
import { lastByKeyInOrder } from './key-order.ts';

interface Row {
  child_id: string;
  contact_date: string;
  source: string | null;
}

const row = (child_id: string, contact_date: string, source: string | null = null): Row => ({
  child_id,
  contact_date,
  source,
});

describe('lastByKeyInOrder(rows, key)', () => {
  it('puts rows in id order (code units), then date order', () => {
    const rows = [
      row('b2', '2024-01-05'),
      row('a10', '2024-03-01'),
      row('b2', '2023-12-31'),
      row('a9', '2024-01-01'),
      row('B1', '2025-01-01'),
      row('a10', '2024-02-29'),
    ];
    const out = lastByKeyInOrder(rows, ['child_id', 'contact_date']);
    expect(out.map((r) => `${r.child_id} ${r.contact_date}`)).toEqual([
      'B1 2025-01-01',
      'a10 2024-02-29',
      'a10 2024-03-01',
      'a9 2024-01-01',
      'b2 2023-12-31',
      'b2 2024-01-05',
    ]);
  });

  it('keeps the last row given for a key, whole', () => {
    const rows = [
      row('c', '2024-01-01', 'first'),
      row('a', '2024-01-01', 'only'),
      row('c', '2024-01-01', 'second'),
      row('c', '2023-01-01', 'earlier day'),
      row('c', '2024-01-01', 'third'),
    ];
    const out = lastByKeyInOrder(rows, ['child_id', 'contact_date']);
    expect(out.map((r) => r.source)).toEqual(['only', 'earlier day', 'third']);
  });

  it('orders dates across months and years, not by their text alone', () => {
    const dates = ['2024-10-01', '2024-09-30', '1999-12-31', '2024-02-29', '2000-01-01'];
    const out = lastByKeyInOrder(
      dates.map((d) => row('x', d)),
      ['child_id', 'contact_date'],
    );
    expect(out.map((r) => r.contact_date)).toEqual([
      '1999-12-31',
      '2000-01-01',
      '2024-02-29',
      '2024-09-30',
      '2024-10-01',
    ]);
  });

  it('keys by the id alone when the key has one column', () => {
    const rows = [
      { child_id: 'b', n: 1 },
      { child_id: 'a', n: 2 },
      { child_id: 'b', n: 3 },
    ];
    expect(lastByKeyInOrder(rows, ['child_id'])).toEqual([
      { child_id: 'a', n: 2 },
      { child_id: 'b', n: 3 },
    ]);
  });

  it('falls back to comparing whole keys when the second column is not a date', () => {
    const rows = [
      { adopter_id: 'p', code: 'z', n: 1 },
      { adopter_id: 'p', code: 'a', n: 2 },
      { adopter_id: 'p', code: 'z', n: 3 },
    ];
    expect(lastByKeyInOrder(rows, ['adopter_id', 'code']).map((r) => r.n)).toEqual([2, 3]);
  });

  it('gives nothing for no rows', () => {
    expect(lastByKeyInOrder([] as Row[], ['child_id', 'contact_date'])).toEqual([]);
  });
});
