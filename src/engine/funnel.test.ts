import { describe, expect, it } from 'vitest';
import type { ChildKeys, RecordSet } from '../domain/index.ts';
import { assessment, contact, coverage, pointFor, recordSet, referral, s47 } from './fixture.ts';
import { child } from './fixture-care.ts';
import { computeSeries } from './series.ts';

const COVERED = coverage('2023-04-01', '2024-12-31');

describe('computeSeries: contacts_to_referral_pct', () => {
  const point = (month: string, ...lists: Parameters<typeof recordSet>) =>
    pointFor(recordSet(...lists), 'contacts_to_referral_pct', COVERED, month);

  it('counts a referral 0 and 30 days after the contact, not 31 days or the day before', () => {
    const records = {
      contacts: [
        contact('A', '2024-05-10'),
        contact('B', '2024-05-10'),
        contact('C', '2024-05-10'),
        contact('D', '2024-05-10'),
      ],
      referrals: [
        referral('A', '2024-05-10'), // same day: 0 days
        referral('B', '2024-06-09'), // 30 days
        referral('C', '2024-06-10'), // 31 days
        referral('D', '2024-05-09'), // the day before
      ],
    };
    expect(point('2024-05', records)).toMatchObject({ value: 50, numerator: 2, denominator: 4 });
  });

  it('reads 30 days after 29 February 2024 as 30 March', () => {
    const records = {
      contacts: [contact('A', '2024-02-29'), contact('B', '2024-02-29')],
      referrals: [referral('A', '2024-03-30'), referral('B', '2024-03-31')],
    };
    expect(point('2024-02', records)).toMatchObject({ numerator: 1, denominator: 2 });
  });

  it("places a contact by its own date, counts it once, and ignores other children's referrals", () => {
    const records = {
      contacts: [
        contact('A', '2024-05-31'),
        contact('B', '2024-06-01'),
        contact('E', '2024-05-20'),
      ],
      referrals: [
        referral('A', '2024-06-02'),
        referral('A', '2024-06-05'),
        referral('B', '2024-06-02'),
        referral('Z', '2024-05-21'),
      ],
    };
    // May: A (followed twice, counted once) and E (only Z was referred); B is June's
    expect(point('2024-05', records)).toMatchObject({ value: 50, numerator: 1, denominator: 2 });
    expect(point('2024-06', records)).toMatchObject({ value: 100, numerator: 1, denominator: 1 });
  });

  it("counts contacts out of date order as in it, with a reader's keys and without", () => {
    const ids = ['A', 'B', 'C', 'A'];
    const dates = ['2024-05-31', '2024-05-02', '2024-06-01', '2024-05-01'];
    const contacts = ids.map((id, k) => contact(id, dates[k]!));
    const referrals = [referral('A', '2024-06-02'), referral('C', '2024-06-20')];
    const children = ['A', 'B', 'C'].map((id) => child(id, null));
    const records = recordSet({ children, contacts, referrals });
    const childKeys = { contacts: Int32Array.of(0, 1, 2, 0), referrals: Int32Array.of(0, 2) };
    const sorted = recordSet({
      children,
      contacts: [3, 1, 0, 2].map((k) => contacts[k]!),
      referrals,
    });
    const series = (r: RecordSet, keys?: ChildKeys) =>
      computeSeries(r, { coverage: COVERED, kinds: ['month'], ...(keys && { childKeys: keys }) });
    const expected = series(sorted);
    expect(series(records)).toEqual(expected);
    expect(series(records, childKeys)).toEqual(expected);
    const may = expected.find((s) => s.indicatorId === 'contacts_to_referral_pct')!.points;
    expect(may.find((p) => p.period === '2024-05')).toMatchObject({ numerator: 1, denominator: 3 });
  });

  it('gives null, not 0, for a window with no contacts', () => {
    const records = { contacts: [contact('A', '2024-04-30')], referrals: [] };
    expect(point('2024-05', records)).toMatchObject({ value: null, numerator: 0, denominator: 0 });
  });
});

describe('computeSeries: referrals_to_assessment_pct', () => {
  const point = (month: string, ...lists: Parameters<typeof recordSet>) =>
    pointFor(recordSet(...lists), 'referrals_to_assessment_pct', COVERED, month);

  it('counts an assessment starting 0 and 30 days after the referral, not 31 or before', () => {
    const records = {
      referrals: [
        referral('A', '2024-05-10'),
        referral('B', '2024-05-10'),
        referral('C', '2024-05-10'),
        referral('D', '2024-05-10'),
        referral('E', '2024-05-10'),
      ],
      assessments: [
        assessment('A', '2024-05-10', null),
        assessment('B', '2024-06-09', '2024-06-20'),
        assessment('C', '2024-06-10', null),
        assessment('D', '2024-05-09', '2024-05-10'), // started the day before
        assessment('Z', '2024-05-11', null),
      ],
    };
    expect(point('2024-05', records)).toMatchObject({ value: 40, numerator: 2, denominator: 5 });
  });

  it('looks at the assessment start, whether or not it was authorised', () => {
    const records = {
      referrals: [referral('A', '2024-02-29')],
      assessments: [assessment('A', '2024-03-30', null)],
    };
    expect(point('2024-02', records)).toMatchObject({ value: 100, numerator: 1, denominator: 1 });
  });
});

describe('computeSeries: s47_to_icpc_pct', () => {
  const point = (month: string, ...s47s: ReturnType<typeof s47>[]) =>
    pointFor(recordSet({ s47s }), 's47_to_icpc_pct', COVERED, month);

  it('counts enquiries starting in the window that have a conference, held in it or later', () => {
    expect(
      point(
        '2024-05',
        s47('A', '2024-05-01', '2024-05-20'),
        s47('B', '2024-05-31', '2024-06-20'),
        s47('C', '2024-05-15', null),
        s47('D', '2024-04-30', '2024-05-02'), // started in April
      ),
    ).toMatchObject({ numerator: 2, denominator: 3 });
  });

  it('gives null, not 0, for a window with no enquiries', () => {
    expect(point('2024-05', s47('A', '2024-06-01', null))).toMatchObject({
      value: null,
      numerator: 0,
      denominator: 0,
    });
  });
});
