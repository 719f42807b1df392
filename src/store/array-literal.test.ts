import { describe, expect, it } from 'vitest';
import { arrayLiteral } from './array-literal.ts';

describe('arrayLiteral(values, type)', () => {
  it('quotes text, escaping quotes and backslashes, and keeps NULL apart from the word "NULL"', () => {
    expect(arrayLiteral(['a', 'say "hi"', 'back\\slash', 'NULL', '', null], 'text')).toBe(
      '{"a","say \\"hi\\"","back\\\\slash","NULL","",NULL}',
    );
  });

  it('writes dates, integers and booleans bare', () => {
    expect(arrayLiteral(['2024-02-29', null], 'date')).toBe('{2024-02-29,NULL}');
    expect(arrayLiteral([0, -3, null], 'integer')).toBe('{0,-3,NULL}');
    expect(arrayLiteral([true, false, null], 'boolean')).toBe('{t,f,NULL}');
  });

  it('writes an empty array as {}', () => {
    expect(arrayLiteral([], 'text')).toBe('{}');
  });
});
