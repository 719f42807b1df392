import { describe, expect, it } from 'vitest';
import { HeaderIndex } from '../header-match.ts';
import { listFromHeaders, listFromName, signatureOf } from './detect-list.ts';
import { ANNEX_A_HEADERS, ANNEX_A_LISTS } from './headers.ts';

describe('listFromName(name)', () => {
  it('reads the list number from the ways files are named', () => {
    expect(listFromName('List 3.csv')).toBe(3);
    expect(listFromName('list_3_referrals.csv')).toBe(3);
    expect(listFromName('Annex A List 3 - Referrals.csv')).toBe(3);
    expect(listFromName('List3.csv')).toBe(3);
    expect(listFromName('LIST 10.CSV')).toBe(10);
    expect(listFromName('AnnexA_List_11_adopters.csv')).toBe(11);
    expect(listFromName('uploads/2024/List 08.csv')).toBe(8);
  });

  it('gives null for names without a list 1 to 11', () => {
    expect(listFromName('referrals.csv')).toBeNull();
    expect(listFromName('List 12.csv')).toBeNull();
    expect(listFromName('List 0.csv')).toBeNull();
    expect(listFromName('checklist 3.csv')).toBeNull();
    expect(listFromName('list 2/referrals.csv')).toBeNull();
  });
});

describe('listFromHeaders(headers)', () => {
  it('recognises every list from its canonical headers', () => {
    for (const list of ANNEX_A_LISTS) {
      expect(listFromHeaders(new HeaderIndex(ANNEX_A_HEADERS[list])), `List ${list}`).toBe(list);
    }
  });

  it('recognises a list from a distinctive header in a variant spelling', () => {
    expect(listFromHeaders(new HeaderIndex(['Child ID', 'REFERRAL_DATE']))).toBe(3);
    expect(listFromHeaders(new HeaderIndex(['Child ID', 'CP Plan Start Date']))).toBe(7);
  });

  it('gives null for headers of no list, or shared by several', () => {
    expect(listFromHeaders(new HeaderIndex(['Name', 'Address']))).toBeNull();
    expect(listFromHeaders(new HeaderIndex(['Child Unique ID', 'Allocated Team']))).toBeNull();
    expect(listFromHeaders(new HeaderIndex(['Date of Contact', 'Date of referral']))).toBeNull();
  });

  it('has at least one distinctive header for every list', () => {
    for (const list of ANNEX_A_LISTS)
      expect(signatureOf(list).length, `List ${list}`).toBeGreaterThan(0);
  });
});
