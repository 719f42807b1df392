import { describe, expect, it } from 'vitest';
import type { FieldMap } from '../header-match.ts';
import { normaliseHeader } from '../header-match.ts';
import {
  ASSESSMENT_FIELDS,
  CARE_PERIOD_FIELDS,
  CONTACT_FIELDS,
  CP_PLAN_FIELDS,
  REFERRAL_FIELDS,
  S47_FIELDS,
} from './fields.ts';
import { ANNEX_A_HEADERS, type AnnexAList } from './headers.ts';

const FIELDS: [AnnexAList, FieldMap][] = [
  [1, CONTACT_FIELDS],
  [3, REFERRAL_FIELDS],
  [4, ASSESSMENT_FIELDS],
  [5, S47_FIELDS],
  [7, CP_PLAN_FIELDS],
  [8, CARE_PERIOD_FIELDS],
];

describe('ANNEX_A_HEADERS', () => {
  it('starts lists 1 to 10 with the common five and ends List 3 as formats.md has it', () => {
    expect(ANNEX_A_HEADERS[3]).toEqual([
      'Child Unique ID',
      'Gender',
      'Ethnicity',
      'Date of Birth',
      'Age of Child (Years)',
      'Date of referral',
      'Referral Source',
      'Referral NFA?',
      'Number of Referrals in Last 12 Months',
      'Allocated Team',
      'Allocated Worker',
    ]);
    for (const list of [1, 2, 4, 5, 6, 7, 8, 9, 10] as const) {
      expect(ANNEX_A_HEADERS[list].slice(0, 2), `List ${list}`).toEqual([
        'Child Unique ID',
        'Gender',
      ]);
    }
  });

  it('puts Family identifier straight after the common five in List 10', () => {
    expect(ANNEX_A_HEADERS[10][5]).toBe('Family identifier');
    expect(ANNEX_A_HEADERS[8]).toHaveLength(5 + 29);
  });

  it("holds each field's canonical header in its list", () => {
    for (const [list, fields] of FIELDS) {
      for (const spec of Object.values(fields)) {
        expect(ANNEX_A_HEADERS[list], `List ${list}`).toContain(spec.header);
      }
    }
  });

  it('gives no two fields of a list the same name once normalised', () => {
    for (const [list, fields] of FIELDS) {
      const names = Object.values(fields).flatMap((s) =>
        [s.header, ...s.variants].map(normaliseHeader),
      );
      expect(new Set(names).size, `List ${list}`).toBe(names.length);
    }
  });
});
