/**
 * Whether bytes are a whole, readable XLSX container, checked before any streaming starts:
 * exceljs's streaming reader can wait forever on a damaged or cut-short ZIP.
 */
import { crc32, createInflateRaw } from 'node:zlib';

/** Why bytes cannot be read as a workbook. */
export type WorkbookProblem =
  | 'not-zip'
  | 'cut-short'
  | 'damaged'
  | 'not-workbook'
  | 'encrypted'
  | 'old-xls';

/** A ZIP whose every part is intact: each entry's local record, and the directory after them. */
export interface CheckedZip {
  parts: ZipPart[];
  /** The central directory and its end record. */
  directory: Uint8Array;
}

/** One entry: its name and its whole local record (header, data and any data descriptor). */
export interface ZipPart {
  name: string;
  record: Uint8Array;
}

interface Entry {
  name: string;
  flags: number;
  method: number;
  crc: number;
  packed: number;
  size: number;
  offset: number;
}

const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;
const END = 0x06054b50;
const END_SIZE = 22;
const MAX_COMMENT = 0xffff;
const STORED = 0;
const DEFLATED = 8;
const ENCRYPTED_FLAG = 1;
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const WORKBOOK_PART = 'xl/workbook.xml';

/** Whether the bytes start as a ZIP file (and so perhaps an XLSX workbook) does. */
export function isZip(bytes: Uint8Array): boolean {
  return startsWith(bytes, ZIP);
}

/** Whether the bytes start as an OLE compound file (old `.xls`, or an encrypted `.xlsx`) does. */
export function isOle(bytes: Uint8Array): boolean {
  return startsWith(bytes, OLE);
}

/** The workbook's ZIP parts, every one unpacked and checked; or what stops it being read. */
export async function checkWorkbook(bytes: Uint8Array): Promise<CheckedZip | WorkbookProblem> {
  if (isOle(bytes)) return holdsEncryptedPackage(bytes) ? 'encrypted' : 'old-xls';
  if (!isZip(bytes)) return 'not-zip';
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const directory = centralDirectory(view);
  if (directory === null) return 'cut-short';
  const { entries, start } = directory;
  if (entries.some((entry) => (entry.flags & ENCRYPTED_FLAG) !== 0)) return 'encrypted';
  if (!entries.some((entry) => entry.name === WORKBOOK_PART)) return 'not-workbook';
  for (const entry of entries) if (!(await intact(bytes, view, entry))) return 'damaged';
  return { parts: localRecords(bytes, entries, start), directory: bytes.subarray(start) };
}

/** Each entry's local record, from its header to the next record (or the directory). */
function localRecords(bytes: Uint8Array, entries: readonly Entry[], directory: number): ZipPart[] {
  const sorted = [...entries].sort((a, b) => a.offset - b.offset);
  return sorted.map((entry, i) => ({
    name: entry.name,
    record: bytes.subarray(entry.offset, sorted[i + 1]?.offset ?? directory),
  }));
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, i) => bytes[i] === byte);
}

/** An encrypted OOXML file is an OLE file with a stream named "EncryptedPackage". */
function holdsEncryptedPackage(bytes: Uint8Array): boolean {
  const name = Buffer.from('EncryptedPackage', 'utf16le');
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(name);
}

/** The entries the central directory lists, and where it starts; null when it is not whole. */
function centralDirectory(view: DataView): { entries: Entry[]; start: number } | null {
  const end = endRecord(view);
  if (end < 0) return null;
  const count = view.getUint16(end + 10, true);
  const start = view.getUint32(end + 16, true);
  let at = start;
  const entries: Entry[] = [];
  for (let i = 0; i < count; i++) {
    if (at + 46 > end || view.getUint32(at, true) !== CENTRAL) return null;
    const entry = centralEntry(view, at);
    entries.push(entry);
    at += 46 + [28, 30, 32].reduce((sum, field) => sum + view.getUint16(at + field, true), 0);
  }
  return { entries, start };
}

/** Where the end-of-central-directory record starts, searching back from the end; -1 if none. */
function endRecord(view: DataView): number {
  const last = view.byteLength - END_SIZE;
  for (let at = last; at >= 0 && at >= last - MAX_COMMENT; at--) {
    if (view.getUint32(at, true) === END) return at;
  }
  return -1;
}

function centralEntry(view: DataView, at: number): Entry {
  const nameLength = view.getUint16(at + 28, true);
  const nameBytes = new Uint8Array(view.buffer, view.byteOffset + at + 46, nameLength);
  return {
    name: new TextDecoder().decode(nameBytes),
    flags: view.getUint16(at + 8, true),
    method: view.getUint16(at + 10, true),
    crc: view.getUint32(at + 16, true),
    packed: view.getUint32(at + 20, true),
    size: view.getUint32(at + 24, true),
    offset: view.getUint32(at + 42, true),
  };
}

/** Whether an entry's local header is there and its data unpacks to its size and checksum. */
async function intact(bytes: Uint8Array, view: DataView, entry: Entry): Promise<boolean> {
  const at = entry.offset;
  if (at + 30 > view.byteLength || view.getUint32(at, true) !== LOCAL) return false;
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  if (start + entry.packed > view.byteLength) return false;
  const data = bytes.subarray(start, start + entry.packed);
  if (entry.method === STORED) return data.length === entry.size && crc32(data) === entry.crc;
  if (entry.method !== DEFLATED) return false;
  return inflatesTo(data, entry);
}

async function inflatesTo(data: Uint8Array, entry: Entry): Promise<boolean> {
  const inflate = createInflateRaw({ chunkSize: 1 << 20 });
  inflate.end(data);
  let crc = 0;
  let size = 0;
  try {
    for await (const chunk of inflate as AsyncIterable<Buffer>) {
      crc = crc32(chunk, crc);
      size += chunk.length;
    }
  } catch {
    return false;
  }
  return size === entry.size && crc === entry.crc;
}
