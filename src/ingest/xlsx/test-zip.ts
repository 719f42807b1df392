/** Test helper: a small ZIP of stored (uncompressed) entries, built byte by byte. */
import { crc32 } from 'node:zlib';

/** A ZIP holding the given files, uncompressed, with `flags` set on every entry. */
export function storedZip(files: Readonly<Record<string, string>>, flags = 0): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(files)) {
    const nameBytes = Buffer.from(name);
    const data = Buffer.from(text);
    const fields = [flags, crc32(data), data.length, nameBytes.length] as const;
    const local = Buffer.concat([header(0x04034b50, 30, fields, 6), nameBytes, data]);
    const central = Buffer.concat([header(0x02014b50, 46, fields, 8), nameBytes]);
    central.writeUInt32LE(offset, 42);
    locals.push(local);
    centrals.push(central);
    offset += local.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(centrals.length, 8);
  end.writeUInt16LE(centrals.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}

/** A local (at 6) or central (at 8) header's fixed part; the central one is 2 bytes later. */
function header(
  signature: number,
  size: number,
  [flags, crc, length, nameLength]: readonly [number, number, number, number],
  flagsAt: number,
): Buffer {
  const bytes = Buffer.alloc(size);
  bytes.writeUInt32LE(signature, 0);
  bytes.writeUInt16LE(flags, flagsAt);
  bytes.writeUInt32LE(crc, flagsAt + 8);
  bytes.writeUInt32LE(length, flagsAt + 12);
  bytes.writeUInt32LE(length, flagsAt + 16);
  bytes.writeUInt16LE(nameLength, flagsAt + 20);
  return bytes;
}
