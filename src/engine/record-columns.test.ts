import { describe, expect, it } from 'vitest';
import { contact, coverage, recordSet, referral } from './fixture.ts';
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

  it("counts contacts by the reader's dates when it gives one a contact, as by the records'", () => {
    const records = recordSet({
      contacts: [
        contact('A', '2024-05-03'),
        contact('B', '2024-05-01'),
        contact('B', '2024-05-02'),
      ],
      referrals: [referral('B', '2024-05-02')],
    });
    const dates = Int32Array.from(records.contacts, (c) => c.contactDate);
    const byRecords = recordColumns(records).contactDays();
    expect(recordColumns({ ...records }, {}, dates).contactDays()).toEqual(byRecords);
    expect([...byRecords.followed.counts]).toEqual([1, 1, 0]); // out of order: sorted first
    // the dates are read, not the records (trusted, as child keys are)
    const later = recordColumns(
      { ...records },
      {},
      dates.map((d) => d + 1),
    ).contactDays();
    expect(later.all.first).toBe(byRecords.all.first + 1);
    // a column of another length is not this list's: the records' dates are read
    expect(recordColumns({ ...records }, {}, Int32Array.of(0)).contactDays()).toEqual(byRecords);
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
