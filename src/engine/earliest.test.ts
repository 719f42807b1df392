import { describe, expect, it } from 'vitest';
import { emptyRecordSet, NUMBER, type PackedRecords } from '../domain/index.ts';
import { earliestEventDate } from './earliest.ts';
import { assessment, care, day, plan, recordSet, referral } from './fixture.ts';

describe('earliestEventDate(records)', () => {
  it('is null when there are no records', () => {
    expect(earliestEventDate(emptyRecordSet())).toBeNull();
  });

  it('is the earliest key date across the lists', () => {
    const records = recordSet({
      referrals: [referral('A', '2021-05-01')],
      assessments: [assessment('A', '2021-03-02', '2020-01-01')],
      cpPlans: [plan('B', '2022-01-01', null)],
      carePeriods: [care('C', '2021-03-01', null)],
      contacts: [{ childId: 'D', contactDate: day('2021-04-01'), source: null }],
      s47s: [
        {
          childId: 'E',
          startDate: day('2021-06-01'),
          icpcNotRequired: null,
          icpcDate: day('2019-01-01'),
          icpcResultedInPlan: null,
        },
      ],
    });
    // authorisation and ICPC dates are not event (key) dates
    expect(earliestEventDate(records)).toBe(day('2021-03-01'));
  });

  it('reads contacts and section 47 starts too', () => {
    const referrals = [referral('A', '2021-05-01')];
    const contacts = [{ childId: 'D', contactDate: day('2020-04-01'), source: null }];
    const s47s = [
      {
        childId: 'E',
        startDate: day('2020-02-01'),
        icpcNotRequired: null,
        icpcDate: null,
        icpcResultedInPlan: null,
      },
    ];
    expect(earliestEventDate(recordSet({ referrals, contacts }))).toBe(day('2020-04-01'));
    expect(earliestEventDate(recordSet({ referrals, contacts, s47s }))).toBe(day('2020-02-01'));
  });

  it('reads contacts given as columns, and lists given packed in place of their records', () => {
    const records = recordSet({ referrals: [referral('A', '2021-05-01')] });
    const contactColumns = {
      child: Int32Array.of(0),
      date: Int32Array.of(day('2021-02-01')),
      source: Int32Array.of(0),
      sources: [null],
    };
    expect(earliestEventDate(records, { contactColumns })).toBe(day('2021-02-01'));
    const referrals: PackedRecords = {
      length: 2,
      fields: ['childId', 'referralDate'],
      columns: [
        { kind: 'plain', values: ['A', 'B'] },
        {
          kind: 'coded',
          codes: Int32Array.of(NUMBER, NUMBER),
          numbers: Float64Array.of(day('2021-05-01'), day('2020-12-24')),
          values: [],
        },
      ],
    };
    const lists = { referrals };
    expect(earliestEventDate(records, { contactColumns, lists })).toBe(day('2020-12-24'));
  });
});
