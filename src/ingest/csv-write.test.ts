import { describe, expect, it } from 'vitest';
import { toCsv } from './csv-write.ts';

describe('toCsv(rows)', () => {
  it('ends every line with CRLF and quotes only cells that need it', () => {
    const csv = toCsv([
      ['Child Unique ID', 'Referral NFA?'],
      ['C001', 'a) Yes'],
      ['C,2', 'say "no"'],
      ['C3', 'two\nlines'],
    ]);
    expect(csv).toBe(
      'Child Unique ID,Referral NFA?\r\nC001,a) Yes\r\n"C,2","say ""no"""\r\nC3,"two\nlines"\r\n',
    );
  });

  it('writes formulas as given, for tests of the reader', () => {
    expect(toCsv([['=1+1']])).toBe('=1+1\r\n');
  });

  it('writes nothing for no rows', () => {
    expect(toCsv([])).toBe('');
  });
});
