import { describe, expect, it } from 'vitest';
import { trimmed } from './cell-reader.ts';

describe('trimmed(text)', () => {
  it('gives what trim gives, for plain cells and for every kind of surrounding space', () => {
    for (const text of [
      '',
      ' ',
      'a',
      'WBRI',
      ' WBRI',
      'WBRI ',
      '\tx\t',
      '\r\nx\n',
      '\u00A001/04/2016',
      '01/04/2016\u00A0',
      '\uFEFFx',
      '\u2028x\u2029',
      '\u3000x',
      'é',
      ' é ',
      'a b',
    ]) {
      expect(trimmed(text), JSON.stringify(text)).toBe(text.trim());
    }
  });
});
