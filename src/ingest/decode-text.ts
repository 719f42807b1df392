/** Bytes to text: UTF-8, or Windows-1252 where the caller allows it and the bytes are not UTF-8. */

/** The encodings a file can be decoded from. */
export type TextEncoding = 'utf-8' | 'windows-1252';

export interface DecodedText {
  text: string;
  /** True when some bytes were not valid in the encoding and were replaced by U+FFFD. */
  lossy: boolean;
  /** The encoding the text was decoded from. */
  encoding: TextEncoding;
}

const BOM = [0xef, 0xbb, 0xbf] as const;

/**
 * Windows-1252's characters for bytes 0x80-0x9F. Node 20.18.3 and later decode these bytes as
 * Latin-1 control characters (nodejs/node#60888), so they are mapped here; the five bytes
 * Windows-1252 leaves undefined keep their control characters, as the Encoding Standard says.
 */
const C1_AS_1252 =
  '\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F' +
  '\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178';
const C1 = /[\u0080-\u009F]/g;

/**
 * Decodes bytes as UTF-8, stripping a leading byte-order mark. When they are not valid UTF-8
 * and a `fallback` is given, they are decoded in it instead (never lossy for Windows-1252).
 */
export function decodeText(bytes: Uint8Array, fallback?: 'windows-1252'): DecodedText {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { text, lossy: false, encoding: 'utf-8' };
  } catch {
    if (fallback === undefined) {
      return { text: new TextDecoder('utf-8').decode(bytes), lossy: true, encoding: 'utf-8' };
    }
    return { text: decodeWindows1252(withoutBom(bytes)), lossy: false, encoding: fallback };
  }
}

function decodeWindows1252(bytes: Uint8Array): string {
  const text = new TextDecoder('windows-1252').decode(bytes);
  return text.replace(C1, (c) => C1_AS_1252.charAt(c.charCodeAt(0) - 0x80));
}

function withoutBom(bytes: Uint8Array): Uint8Array {
  return BOM.every((byte, i) => bytes[i] === byte) ? bytes.subarray(BOM.length) : bytes;
}
