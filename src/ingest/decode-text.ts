/** Bytes to text. The seam where other encodings (Windows-1252) will be added. */

/** The encodings a file can be decoded from. */
export type TextEncoding = 'utf-8';

export interface DecodedText {
  text: string;
  /** True when some bytes were not valid in the encoding and were replaced by U+FFFD. */
  lossy: boolean;
}

/** Decodes bytes, stripping a leading byte-order mark. */
export function decodeText(bytes: Uint8Array, encoding: TextEncoding = 'utf-8'): DecodedText {
  try {
    return { text: new TextDecoder(encoding, { fatal: true }).decode(bytes), lossy: false };
  } catch {
    return { text: new TextDecoder(encoding).decode(bytes), lossy: true };
  }
}
