import { describe, expect, it } from 'vitest';
import { contact, coverage, pointFor, pointsOf, recordSet } from './fixture.ts';

describe('computeSeries: contacts', () => {
  const records = recordSet({
    contacts: [
      contact('A', '2024-01-31'),
      contact('A', '2024-02-01'),
      contact('B', '2024-02-29'),
      contact('C', '2024-02-29'),
      contact('A', '2024-03-01'),
    ],
  });

  it('counts contacts dated in the window, first and last day (29 February) included', () => {
    const covered = coverage('2024-01-01', '2024-03-31');
    expect(pointFor(records, 'contacts', covered, '2024-02')).toMatchObject({
      value: 3,
      numerator: 3,
      denominator: null,
    });
  });

  it('counts only the covered days of a partial window', () => {
    const [february] = pointsOf(records, 'contacts', coverage('2024-02-02', '2024-02-29'));
    expect(february).toMatchObject({ partial: true, value: 2 });
  });
});
