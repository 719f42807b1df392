import { describe, expect, it } from 'vitest';
import { care, coverage, pointFor, recordSet } from './fixture.ts';

const COVERED = coverage('2023-04-01', '2024-06-30');

function lookedAfterAtEndOf(period: string, ...carePeriods: ReturnType<typeof care>[]) {
  return pointFor(recordSet({ carePeriods }), 'cla_open', COVERED, period)?.value;
}

describe('computeSeries: cla_open', () => {
  it('counts a V2 child but not a short-breaks-only V3 or V4 child', () => {
    const value = lookedAfterAtEndOf(
      '2024-03',
      care('A', '2023-06-01', null, 'V2'),
      care('B', '2023-06-01', null, 'V3'),
      care('C', '2023-06-01', null, 'V4'),
    );
    expect(value).toBe(1);
  });

  it('counts a child with two overlapping open periods once', () => {
    const value = lookedAfterAtEndOf(
      '2024-03',
      care('A', '2023-06-01', null),
      care('A', '2024-01-01', '2024-05-01'),
    );
    expect(value).toBe(1);
  });

  it('counts a child once through a period inside another and one extending it', () => {
    const records = [
      care('A', '2023-05-01', '2024-06-01'),
      care('A', '2023-06-01', '2023-09-01'),
      care('A', '2024-05-01', null),
    ];
    expect(lookedAfterAtEndOf('2023-07', ...records)).toBe(1);
    expect(lookedAfterAtEndOf('2024-03', ...records)).toBe(1);
    expect(lookedAfterAtEndOf('2024-06', ...records)).toBe(1);
  });

  it('counts a child again after a gap in care, and not during it', () => {
    const records = [care('A', '2023-05-01', '2023-08-15'), care('A', '2023-10-01', null)];
    expect(lookedAfterAtEndOf('2023-07', ...records)).toBe(1);
    expect(lookedAfterAtEndOf('2023-08', ...records)).toBe(0);
    expect(lookedAfterAtEndOf('2023-10', ...records)).toBe(1);
  });

  it('counts a child once on the day one period ends and the next begins', () => {
    const records = [care('A', '2023-06-01', '2024-03-31'), care('A', '2024-03-31', null)];
    expect(lookedAfterAtEndOf('2024-03', ...records)).toBe(1);
  });

  it('does not count a period ending on the window end, and counts one ending a day later', () => {
    expect(lookedAfterAtEndOf('2024-03', care('A', '2023-06-01', '2024-03-31'))).toBe(0);
    expect(lookedAfterAtEndOf('2024-03', care('A', '2023-06-01', '2024-04-01'))).toBe(1);
  });

  it('counts a child with a blank legal status, and a period begun before the data start', () => {
    const value = lookedAfterAtEndOf(
      '2023-04',
      care('A', '2019-05-01', null, null),
      care('B', '2023-04-30', null, 'C1'),
    );
    expect(value).toBe(2);
  });

  it('counts a child whose short-breaks period overlaps a period under another status', () => {
    const value = lookedAfterAtEndOf(
      '2024-03',
      care('A', '2023-06-01', null, 'V3'),
      care('A', '2024-01-01', null, 'C2'),
    );
    expect(value).toBe(1);
  });
});
