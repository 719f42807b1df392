import { describe, expect, it } from 'vitest';
import { decodeText } from './decode-text.ts';

const BOM = [0xef, 0xbb, 0xbf];

describe('decodeText(bytes)', () => {
  it('decodes UTF-8, stripping a leading byte-order mark', () => {
    const bytes = new Uint8Array([...BOM, 0x41, 0xc2, 0xa3]); // "A£"
    expect(decodeText(bytes)).toEqual({ text: 'A£', lossy: false, encoding: 'utf-8' });
  });

  it('strips the byte-order mark also when other bytes are not UTF-8', () => {
    const bytes = new Uint8Array([...BOM, 0x41, 0xa3]); // "A" then "£" in Windows-1252
    expect(decodeText(bytes)).toEqual({ text: 'A\uFFFD', lossy: true, encoding: 'utf-8' });
  });

  it('keeps a byte-order mark that is not at the start', () => {
    const bytes = new Uint8Array([0x41, ...BOM]);
    expect(decodeText(bytes).text).toBe('A\uFEFF');
  });
});

describe('decodeText(bytes, "windows-1252")', () => {
  it('reads bytes that are not UTF-8 as Windows-1252, stripping a byte-order mark', () => {
    const bytes = new Uint8Array([...BOM, 0x41, 0xa3, 0xe9, 0x80]); // "A£é€"
    expect(decodeText(bytes, 'windows-1252')).toEqual({
      text: 'A£é€',
      lossy: false,
      encoding: 'windows-1252',
    });
  });

  it('reads bytes 0x80-0x9F as Windows-1252 punctuation, not control characters', () => {
    const bytes = new Uint8Array([0x93, 0x41, 0x94, 0x96, 0x92, 0x9f, 0x81]);
    expect(decodeText(bytes, 'windows-1252').text).toBe('\u201CA\u201D\u2013\u2019\u0178\u0081');
  });

  it('still reads valid UTF-8 as UTF-8', () => {
    const bytes = new Uint8Array([0x41, 0xc3, 0xa9]); // "Aé"
    expect(decodeText(bytes, 'windows-1252')).toEqual({
      text: 'Aé',
      lossy: false,
      encoding: 'utf-8',
    });
  });
});
