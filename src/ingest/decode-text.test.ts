import { describe, expect, it } from 'vitest';
import { decodeText } from './decode-text.ts';

const BOM = [0xef, 0xbb, 0xbf];

describe('decodeText(bytes)', () => {
  it('decodes UTF-8, stripping a leading byte-order mark', () => {
    const bytes = new Uint8Array([...BOM, 0x41, 0xc2, 0xa3]); // "A£"
    expect(decodeText(bytes)).toEqual({ text: 'A£', lossy: false });
  });

  it('strips the byte-order mark also when other bytes are not UTF-8', () => {
    const bytes = new Uint8Array([...BOM, 0x41, 0xa3]); // "A" then "£" in Windows-1252
    expect(decodeText(bytes)).toEqual({ text: 'A\uFFFD', lossy: true });
  });

  it('keeps a byte-order mark that is not at the start', () => {
    const bytes = new Uint8Array([0x41, ...BOM]);
    expect(decodeText(bytes).text).toBe('A\uFEFF');
  });
});
