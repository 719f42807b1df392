import { describe, expect, it } from 'vitest';
import { UNREADABLE } from './code-table.ts';
import { parseLegalStatus } from './parse-legal-status.ts';

describe('parseLegalStatus(text)', () => {
  it('reads the Annex A letter-prefixed wording by its key words', () => {
    const cases: [string, string][] = [
      ['a) Interim care order', 'C1'],
      ['a) Interim care orders', 'C1'],
      ['b) Full care order', 'C2'],
      ['c) Placement order granted', 'E1'],
      ['d) Freeing order granted', 'D1'],
      ['e) Accommodated under section 20 (single period)', 'V2'],
      ['e) Accommodated under S20', 'V2'],
      ['f) Short breaks, individual episodes recorded', 'V3'],
      ['g) Short breaks, agreements recorded', 'V4'],
      ['h) Police protection', 'L1'],
      ['i) Emergency protection order', 'L2'],
      ['j) Child assessment order', 'L3'],
      ['k) Youth justice remand', 'J1'],
      ['l) Youth justice custody', 'J2'],
      ['m) Youth justice criminal order', 'J3'],
    ];
    for (const [text, code] of cases) expect(parseLegalStatus(text), text).toBe(code);
  });

  it('reads an SSDA903 code anywhere in the text, in any case', () => {
    expect(parseLegalStatus('V2')).toBe('V2');
    expect(parseLegalStatus('c2')).toBe('C2');
    expect(parseLegalStatus('e) Accommodated under S20 (V2)')).toBe('V2');
    expect(parseLegalStatus('J3 - sentenced')).toBe('J3');
    expect(parseLegalStatus('Short break (V4)')).toBe('V4');
  });

  it('gives UNREADABLE for unknown wording, unknown codes and formulas', () => {
    for (const text of [
      'Z9',
      'C3',
      'Youth justice',
      'Section 31',
      '=C1',
      '+V2',
      '-C2',
      '@L1',
      'Placement',
    ]) {
      expect(parseLegalStatus(text), text).toBe(UNREADABLE);
    }
  });
});
