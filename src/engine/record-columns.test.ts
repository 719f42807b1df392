import { describe, expect, it } from 'vitest';
import {
  CATALOGUE,
  type Child,
  type ChildList,
  type IndicatorDefinition,
  makeOnRead,
} from '../domain/index.ts';
import { care, contact, coverage, recordSet, referral } from './fixture.ts';
import { child } from './fixture-care.ts';
import { recordColumns } from './record-columns.ts';
import { computeSeries } from './series.ts';

const COVERED = coverage('2024-04-01', '2025-03-31');

function someRecords() {
  return recordSet({
    contacts: [contact('A', '2024-05-01'), contact('B', '2024-05-02')],
    referrals: [referral('A', '2024-05-20'), referral('B', '2024-07-01')],
  });
}

describe('recordColumns(records)', () => {
  it('keeps the columns of a record set for the next computation over it', () => {
    const records = someRecords();
    const columns = recordColumns(records);
    expect(recordColumns(records)).toBe(columns);
    expect(recordColumns({ ...records })).not.toBe(columns);
  });

  it('builds them again when a list is replaced or grows', () => {
    const records = someRecords();
    const columns = recordColumns(records);
    expect([...columns.contactDays().followed.counts]).toEqual([1, 0]); // by day from 1 May
    records.referrals = [...records.referrals, referral('B', '2024-05-03')];
    const replaced = recordColumns(records);
    expect(replaced).not.toBe(columns);
    expect([...replaced.contactDays().followed.counts]).toEqual([1, 1]);
    records.contacts.push(contact('C', '2024-05-04'));
    expect([...recordColumns(records).contactDays().followed.counts]).toEqual([1, 1, 0, 0]);
  });

  it('counts contacts given as columns (child keys, dates, sources) as the same contacts as records', () => {
    const children = ['A', 'B'].map((childId) => ({
      childId,
      gender: null,
      ethnicity: null,
      birthDate: null,
    }));
    const contacts = [
      { ...contact('A', '2024-05-03'), source: '1A' },
      contact('B', '2024-05-01'),
      { ...contact('B', '2024-05-02'), source: '5C' },
    ];
    const referrals = [referral('B', '2024-05-02')];
    const asRecords = recordSet({ children, contacts, referrals });
    const asColumns = recordSet({ children, referrals });
    const contactColumns = {
      child: Int32Array.of(0, 1, 1),
      date: Int32Array.from(contacts, (c) => c.contactDate),
      source: Int32Array.of(1, 0, 2),
      sources: [null, '1A', '5C'],
    };
    expect(recordColumns(asColumns).contactDays().all.counts).toHaveLength(0);
    // kept columns without the contacts are not used once the contacts come as columns
    const byRecords = recordColumns(asRecords).contactDays();
    expect(recordColumns(asColumns, { contactColumns }).contactDays()).toEqual(byRecords);
    expect([...byRecords.followed.counts]).toEqual([1, 1, 0]); // out of order: sorted first
    // every series, and a local indicator's rule over contacts (their records made from columns)
    const bySource: IndicatorDefinition = {
      id: 'local_contacts_1a',
      title: 'Contacts from individuals',
      description: 'Test',
      unit: 'count',
      polarity: 'neutral',
      kind: 'flow',
      source: 'child-level',
      basis: 'local',
      rule: { list: 'contacts', date: 'contactDate', where: [{ field: 'source', is: ['1A'] }] },
    };
    const indicators = [...CATALOGUE.filter((d) => d.source === 'child-level'), bySource];
    const fromColumns = computeSeries(asColumns, { coverage: COVERED, indicators, contactColumns });
    expect(fromColumns).toEqual(computeSeries(asRecords, { coverage: COVERED, indicators }));
    const local = fromColumns.find((s) => s.indicatorId === 'local_contacts_1a');
    expect(local?.points.find((p) => p.period === '2024-25')?.value).toBe(1);
  });

  it("computes from a reader's children by index without making the records' children", () => {
    const children = [child('A', '2010-03-01'), child('B', '2012-07-15'), child('C', null)];
    const lists = {
      referrals: [referral('A', '2024-05-20'), referral('C', '2024-06-01')],
      carePeriods: [care('A', '2024-06-01', null), care('B', '2023-01-10', '2024-08-31')],
    };
    const childKeys = { referrals: Int32Array.of(0, 2), carePeriods: Int32Array.of(0, 1) };
    const contacts = [contact('A', '2024-05-01'), contact('B', '2024-05-02')];
    const contactColumns = {
      child: Int32Array.of(0, 1),
      date: Int32Array.from(contacts, (c) => c.contactDate),
      source: Int32Array.of(0, 0),
      sources: [null],
    };
    const asked: number[] = [];
    const list: ChildList = {
      length: children.length,
      at: (index) => {
        asked.push(index);
        return children[index];
      },
    };
    const records = recordSet(lists);
    makeOnRead(records, 'children', (): Child[] => {
      throw new Error("the records' children were made");
    });
    const indicators = CATALOGUE.filter((d) => d.source === 'child-level');
    const given = { childKeys, contactColumns, children: list };
    const series = computeSeries(records, { coverage: COVERED, indicators, ...given });
    const plain = recordSet({ ...lists, children, contacts });
    expect(series).toEqual(computeSeries(plain, { coverage: COVERED, indicators }));
    // only the children looked after were asked for (their dates of birth), once each
    expect(asked.sort()).toEqual([0, 1]);
  });

  it('gives the same series from kept columns as from new ones', () => {
    const records = someRecords();
    const first = computeSeries(records, { coverage: COVERED });
    expect(computeSeries(records, { coverage: COVERED })).toEqual(first);
    expect(computeSeries({ ...records }, { coverage: COVERED })).toEqual(first);
    const shorter = coverage('2024-04-01', '2024-09-30');
    expect(computeSeries(records, { coverage: shorter })).toEqual(
      computeSeries({ ...records }, { coverage: shorter }),
    );
  });
});
