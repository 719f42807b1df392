import { describe, expect, it } from 'vitest';
import { HeaderIndex, normaliseHeader, resolveColumns } from './header-match.ts';

const childId = { header: 'Child Unique ID', variants: ['Child ID'], required: true };
const dob = { header: 'Date of Birth', variants: ['DOB'], required: false };

describe('normaliseHeader(text)', () => {
  it('keeps only lowercase letters and digits', () => {
    expect(normaliseHeader("  Child's Legal-Status ")).toBe('childslegalstatus');
    expect(normaliseHeader('Referral NFA?')).toBe('referralnfa');
    expect(normaliseHeader('Number of Referrals in Last 12 Months')).toBe(
      'numberofreferralsinlast12months',
    );
  });
});

describe('HeaderIndex.find(spec)', () => {
  it('matches the canonical header or a variant regardless of case, spacing and punctuation', () => {
    expect(new HeaderIndex(['x', 'CHILD_UNIQUE_ID']).find(childId)).toEqual({
      index: 1,
      header: 'CHILD_UNIQUE_ID',
    });
    expect(new HeaderIndex(['child id']).find(childId)).toEqual({ index: 0, header: 'child id' });
    expect(new HeaderIndex(['ChildUniqueID']).find(childId)?.index).toBe(0);
  });

  it('matches a header with a bracketed note such as a date format', () => {
    expect(new HeaderIndex(['Date of Birth (dd/mm/yyyy)']).find(dob)?.index).toBe(0);
  });

  it('prefers an exact match to a loose one, and the first of two equal headers', () => {
    const index = new HeaderIndex(['Date of Birth (estimated)', 'DOB', 'DOB']);
    expect(index.find(dob)?.index).toBe(1);
  });

  it('finds nothing when no name matches', () => {
    expect(new HeaderIndex(['Person', 'Birth']).find(dob)).toBeNull();
  });
});

describe('resolveColumns(index, fields, onMissing)', () => {
  it('gives each field its column, and index -1 with a call to onMissing when absent', () => {
    const missing: string[] = [];
    const columns = resolveColumns(new HeaderIndex(['DOB']), { childId, dob }, (spec) =>
      missing.push(spec.header),
    );
    expect(columns).toEqual({
      childId: { index: -1, header: 'Child Unique ID' },
      dob: { index: 0, header: 'DOB' },
    });
    expect(missing).toEqual(['Child Unique ID']);
  });
});
