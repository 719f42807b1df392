import { describe, expect, it } from 'vitest';
import { csvField, csvText } from './csv.ts';

describe('csvField(value)', () => {
  it('quotes a field with a comma, quote or line break, doubling inner quotes', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
  });
});

describe('csvText(header, items, line)', () => {
  it('writes the header, quoted where needed, and a line per item, every line ended by CRLF', () => {
    const text = csvText(['A', 'B, C'], [1, 2], (n) => `${n},${csvField(n === 2 ? 'x,y' : 'z')}`);
    expect(text).toBe('A,"B, C"\r\n1,z\r\n2,"x,y"\r\n');
  });
});
