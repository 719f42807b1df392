/**
 * Annex A CSV lists read on two threads at once, with the same result as reading them one after
 * another. A council's lists are independent but for their children, so the files are split
 * into two lanes, every file of a list in one lane (its repeated keys and later files winning
 * stay within the lane): the largest list is read here, the others in a worker thread, and the
 * two reads are put together as one. Children keep the order of a read of every file in turn
 * (by the file and row each was first seen in) and what the last file to tell of them said;
 * issues and file summaries keep the files' order.
 */
import { availableParallelism } from 'node:os';
import { setImmediate } from 'node:timers/promises';
import { Worker } from 'node:worker_threads';
import {
  type Child,
  type ChildKeys,
  type ChildList,
  type ContactColumns,
  childrenMadeOnRead,
  emptyRecordSet,
  type Issue,
  makeOnRead,
  type PackedLists,
  packedColumn,
  packedValue,
  RECORD_LISTS,
  type RecordList,
  type RecordSet,
} from '../../domain/index.ts';
import type { Sightings } from '../child-registry.ts';
import { firstCsvRow } from '../detect-format.ts';
import { HeaderIndex } from '../header-match.ts';
import type { ReadProgress } from '../read-progress.ts';
import type { FileSummary, ReadResult, SourceFile } from '../read-result.ts';
import type { ReadSession } from '../read-session.ts';
import {
  type IdOf,
  type PackedRecords,
  packRecords,
  recordMaker,
  unpackRecords,
} from '../record-pack.ts';
import { isWorkbook } from '../xlsx/index.ts';
import { listFromHeaders, listFromName } from './detect-list.ts';
import { readCsvFile } from './read-csv.ts';

/**
 * The reading thread's script: lane-worker.js, which compiles lane-thread.ts with tsx, or, when
 * this code runs from the CLI's bundle, the bundled thread (bin/load-main.js defines its path).
 */
const LANE_WORKER = process.env.OUTTURN_LANE_THREAD ?? new URL('./lane-worker.js', import.meta.url);

/** Below this many bytes of files, starting a thread costs more than it saves. */
const MIN_PARALLEL_BYTES = 16 * 1024 * 1024;

/** A file and its place among all the files read. */
export interface LaneFile {
  number: number;
  file: SourceFile;
}

/**
 * The two lanes for `files` (this thread's first), or null when they are read here one after
 * another: when `parallel` is false, or by default for less than MIN_PARALLEL_BYTES or one core;
 * and always for workbooks, a file whose list cannot be told from its name or first row, or a
 * single list.
 */
export function planLanes(
  files: readonly SourceFile[],
  parallel?: boolean,
): [LaneFile[], LaneFile[]] | null {
  if (parallel === false || files.some(isWorkbook)) return null;
  const bytes = files.reduce((sum, f) => sum + f.bytes.length, 0);
  if (parallel === undefined && (bytes < MIN_PARALLEL_BYTES || availableParallelism() < 2))
    return null;
  const lists = new Map<number, LaneFile[]>();
  for (const [number, file] of files.entries()) {
    const list = listOf(file);
    if (list === null) return null;
    lists.set(list, [...(lists.get(list) ?? []), { number, file }]);
  }
  if (lists.size < 2) return null;
  return balanced([...lists.values()]);
}

function listOf(file: SourceFile): number | null {
  const headers = () => new HeaderIndex(firstCsvRow(file.bytes).map((h) => h.trim()));
  return listFromName(file.name) ?? listFromHeaders(headers());
}

/** Lists, largest first, each to the lane with fewer bytes so far: the largest stays here. */
function balanced(lists: LaneFile[][]): [LaneFile[], LaneFile[]] {
  const size = (list: LaneFile[]) => list.reduce((sum, f) => sum + f.file.bytes.length, 0);
  const lanes: [LaneFile[], LaneFile[]] = [[], []];
  const loads = [0, 0];
  for (const list of lists.sort((a, b) => size(b) - size(a))) {
    const lane = loads[0]! <= loads[1]! ? 0 : 1;
    lanes[lane].push(...list);
    loads[lane]! += size(list);
  }
  for (const lane of lanes) lane.sort((a, b) => a.number - b.number);
  return lanes;
}

/** What one lane read: its records and children as in a read of its files alone. */
export interface LaneRead {
  /** The records; their `children` made when first read (`children` makes none it need not). */
  records: RecordSet;
  /** The children, by index, each made when first asked for. */
  children: ChildList;
  /** Lists the lane has as packed columns (a worker's): `records[list]` is made when first read. */
  packed?: PackedLists;
  childKeys: ChildKeys;
  /** The contacts as columns, when the read keeps its lists so (ReadOptions.asColumns). */
  contactColumns?: ContactColumns;
  sightings: Sightings;
  issues: Issue[];
  /** For each of the lane's files, in its order: its number and where its issues end. */
  files: { number: number; summary: FileSummary; issuesEnd: number }[];
  /** The identifier of the child at an index, without making its object. */
  childIds: IdOf;
  /** The children packed, without making their objects (to pass between threads). */
  packChildren: () => PackedRecords;
  /** The index of the child with an identifier, or -1 (a lane read on this thread). */
  findChild?: (childId: string) => number;
}

/** How a lane reads one of its files into the session (CSV lists in lanes; any file alone). */
export type FileReader = (
  file: SourceFile,
  session: ReadSession,
  progress?: ReadProgress,
) => FileSummary | Promise<FileSummary>;

/** Reads a lane's files into `session`, in their order (each with `readFile`: CSV by default). */
export async function readLane(
  files: readonly LaneFile[],
  session: ReadSession,
  progress?: ReadProgress,
  readFile: FileReader = readCsvFile,
): Promise<LaneRead> {
  const read: LaneRead['files'] = [];
  for (const { number, file } of files) {
    session.children.file = number;
    const summary = await readFile(file, session, progress);
    read.push({ number, summary, issuesEnd: session.issues.length });
    // A server answering while it imports (the upload page's progress) gets a turn per file.
    await setImmediate();
  }
  const { records, children } = session;
  const childKeys = session.merge.childKeys(records);
  const byIndex = childrenMadeOnRead(records, children.list());
  const childIds: IdOf = (index) => children.idOf(index);
  const packed: PackedLists = {};
  for (const [name, lists] of Object.entries(session.packing?.packed(records) ?? {})) {
    const list = name as RecordList;
    const { records: columns, keys } = lists;
    packed[list] = columns;
    childKeys[list] = keys;
    makeOnRead(records, list, () => unpackRecords(columns, keys, childIds) as never);
  }
  return {
    records,
    children: byIndex,
    ...(Object.keys(packed).length > 0 ? { packed } : {}),
    childKeys,
    ...(session.contactColumns ? { contactColumns: session.contactColumns.columns() } : {}),
    sightings: session.children.sightings(),
    issues: session.issues,
    files: read,
    childIds,
    packChildren: () => children.packed(),
    findChild: (childId) => children.find(childId),
  };
}

/** A lane's read as a worker thread passes it back: records packed into columns. */
export interface PackedLane
  extends Omit<
    LaneRead,
    'records' | 'children' | 'packed' | 'contactColumns' | 'childIds' | 'packChildren' | 'findChild'
  > {
  records: Partial<Record<RecordList, PackedRecords>>;
  children: PackedRecords;
  contactColumns?: ContactColumns;
}

export function packLane(lane: LaneRead): { packed: PackedLane; transfer: ArrayBuffer[] } {
  const {
    records,
    children: _,
    childKeys,
    contactColumns,
    findChild: __,
    childIds,
    packChildren,
    packed: lists,
    ...rest
  } = lane;
  const packed: PackedLane = {
    ...rest,
    childKeys,
    records: {},
    children: packChildren(),
    ...(contactColumns && { contactColumns }),
  };
  for (const list of RECORD_LISTS) {
    const given = lists?.[list];
    if (given)
      packed.records[list] = given; // packed as read: its records never made
    else if (records[list].length > 0) {
      packed.records[list] = packRecords(records[list], childKeys[list], childIds);
    }
  }
  const typed = [
    ...Object.values(childKeys),
    ...Object.values(lane.sightings),
    ...[packed.children, ...Object.values(packed.records)].flatMap((p) => p.columns),
    ...(packed.contactColumns ? Object.values(packed.contactColumns) : []),
  ];
  return { packed, transfer: [...new Set(typed.flatMap(buffersOf))] };
}

function buffersOf(value: unknown): ArrayBuffer[] {
  if (ArrayBuffer.isView(value)) return [value.buffer as ArrayBuffer];
  if (typeof value !== 'object' || value === null) return [];
  return Object.values(value)
    .filter(ArrayBuffer.isView)
    .map((v) => v.buffer as ArrayBuffer);
}

/**
 * The lane as read: each child made when asked for, each list's records when first read (the
 * engine reads the packed columns instead: `packed`).
 */
export function unpackLane(packed: PackedLane): LaneRead {
  const records = emptyRecordSet();
  const children = childrenMadeOnRead(records, packedChildren(packed.children));
  const ids = packedColumn(packed.children, 'childId');
  const childIds: IdOf = (index) => packedValue(ids, index) as string | undefined;
  for (const list of RECORD_LISTS) {
    const columns = packed.records[list];
    const keys = packed.childKeys[list];
    if (columns) makeOnRead(records, list, () => unpackRecords(columns, keys, childIds) as never);
  }
  const { children: packedKids, records: lists, contactColumns, ...rest } = packed;
  const read = {
    ...rest,
    records,
    children,
    childIds,
    packChildren: () => packedKids,
    packed: lists,
  };
  return contactColumns === undefined ? read : { ...read, contactColumns };
}

/** Children packed, each made when first asked for. */
function packedChildren(packed: PackedRecords): ChildList {
  const make = recordMaker<Child>(packed);
  const made: (Child | undefined)[] = new Array(packed.length);
  return {
    length: packed.length,
    at(index) {
      if (index < 0 || index >= packed.length) return undefined;
      made[index] ??= make(index);
      return made[index];
    },
  };
}

/** How a worker thread reads its lane (readInWorker). */
export interface WorkerOptions {
  /** Counts the bytes the thread has read, as it writes them in a shared counter. */
  progress?: ReadProgress | undefined;
  /** When it aborts (the other lane failed), the thread is stopped and the read rejects. */
  signal?: AbortSignal;
  /** Keep the lists as columns (ReadOptions.asColumns). */
  asColumns?: boolean;
}

/** Reads `lane` in a worker thread. */
export function readInWorker(
  lane: readonly LaneFile[],
  { progress, signal, asColumns = false }: WorkerOptions = {},
): Promise<LaneRead> {
  const counter = progress?.elsewhereCounter();
  const worker = new Worker(LANE_WORKER, {
    workerData: { files: lane, counter, asColumns },
  });
  return new Promise((resolve, reject) => {
    const stop = () => {
      reject(new Error('the reading thread was stopped'));
      void worker.terminate();
    };
    signal?.addEventListener('abort', stop, { once: true });
    worker.on('message', (message: WorkerMessage) => {
      if (message.kind === 'progress') progress?.readElsewhere(message.item);
      else if (message.kind === 'done') resolve(unpackLane(message.lane));
      else reject(new Error(`reading ${message.files} failed: ${message.error}`));
    });
    worker.on('error', reject);
    worker.on('exit', (code) => reject(new Error(`the reading thread stopped (exit ${code})`)));
  });
}

export type WorkerMessage =
  | { kind: 'progress'; item: string | undefined }
  | { kind: 'done'; lane: PackedLane }
  | { kind: 'error'; files: string; error: string };

/**
 * The two lanes' reads as one read of all `count` files in their order. The children are made
 * when the records' are first read; `children` gives them by index, each made when asked for.
 */
export function joinLanes(here: LaneRead, there: LaneRead, count: number): ReadResult {
  const joined = joinChildren(here, there);
  const { hereIndex, thereIndex } = joined;
  const records = emptyRecordSet();
  const children = childrenMadeOnRead(records, joined.children);
  const childKeys: ChildKeys = {};
  const lists: PackedLists = {};
  for (const list of RECORD_LISTS) {
    const theirs = there.packed?.[list] !== undefined || there.records[list].length > 0;
    const [from, index] = theirs ? [there, thereIndex] : [here, hereIndex];
    // the list as it is: one still to be made from packed columns stays so
    Object.defineProperty(records, list, Object.getOwnPropertyDescriptor(from.records, list)!);
    const packed = from.packed?.[list];
    if (packed) lists[list] = packed;
    const keys = from.childKeys[list];
    if (keys) childKeys[list] = renumbered(keys, index);
  }
  const issues: Issue[] = [];
  const files: FileSummary[] = new Array(count);
  for (const lane of [here, there])
    for (const file of lane.files) files[file.number] = file.summary;
  for (const { lane, from, to } of issueRanges(here, there, count)) {
    for (let i = from; i < to; i++) issues.push(lane.issues[i]!);
  }
  const contactColumns = joinContactColumns(here, there, hereIndex, thereIndex);
  return {
    records,
    children,
    ...(Object.keys(lists).length > 0 ? { lists } : {}),
    issues,
    files,
    childKeys,
    ...(contactColumns ? { contactColumns } : {}),
  };
}

/** The contact columns of the lane that read contacts, their children numbered as joined. */
function joinContactColumns(
  here: LaneRead,
  there: LaneRead,
  hereIndex: Int32Array,
  thereIndex: Int32Array,
): ContactColumns | undefined {
  const [lane, index] =
    (there.contactColumns?.date.length ?? 0) > 0 ? [there, thereIndex] : [here, hereIndex];
  const columns = lane.contactColumns;
  return columns && { ...columns, child: renumbered(columns.child, index) };
}

/**
 * A lane's child keys numbered as the joined read numbers its children (`index`: each of the
 * lane's children's index there), -1 staying -1. The keys themselves when the numbering is the
 * same, as it is for the lane that read the first file; a loop, not `map` with a function (for
 * 1.5 million keys, 6-15 ms against 14-41 ms).
 */
function renumbered(keys: Int32Array, index: Int32Array): Int32Array {
  if (isIdentity(index)) return keys;
  const out = new Int32Array(keys.length);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    out[i] = key < 0 ? -1 : index[key]!;
  }
  return out;
}

function isIdentity(index: Int32Array): boolean {
  for (let i = 0; i < index.length; i++) if (index[i] !== i) return false;
  return true;
}

/** Each file's issues, in the files' order: which lane holds them, and where. */
function issueRanges(here: LaneRead, there: LaneRead, count: number) {
  const ranges: { lane: LaneRead; from: number; to: number }[] = new Array(count);
  for (const lane of [here, there]) {
    let from = 0;
    for (const file of lane.files) {
      ranges[file.number] = { lane, from, to: file.issuesEnd };
      from = file.issuesEnd;
    }
  }
  return ranges.filter((range) => range !== undefined);
}

/**
 * The two lanes' children as one list in the order a read of every file in turn gives (by the
 * file and row each was first seen in), each child as the lane that told of it last has it;
 * and, for each lane's child indexes, the child's index in that list.
 */
function joinChildren(here: LaneRead, there: LaneRead) {
  const ours = here.children;
  const theirs = there.children;
  const hereIndex = new Int32Array(ours.length).fill(-1);
  const thereIndex = new Int32Array(theirs.length).fill(-1);
  const find = here.findChild ?? indexOf(here);
  /** For each of their children, ours with the same identifier, or -1; and the other way. */
  const same = new Int32Array(theirs.length);
  const sameHere = new Int32Array(ours.length).fill(-1);
  for (let i = 0; i < theirs.length; i++) {
    same[i] = find(there.childIds(i)!);
    if (same[i]! >= 0) sameHere[same[i]!] = i;
  }
  const [a, b] = [here.sightings, there.sightings];
  if (ours.length === 0 || theirs.length === 0 || seenBefore(a, ours.length - 1, b, 0)) {
    return oursThenTheirs(ours, theirs, same, a, b);
  }
  const children: Child[] = [];
  const add = (h: number, t: number) => {
    const index = children.length;
    if (h >= 0) hereIndex[h] = index;
    if (t >= 0) thereIndex[t] = index;
    const theirsLater = t >= 0 && (h < 0 || b.lastFile[t]! > a.lastFile[h]!);
    children.push(theirsLater ? theirs.at(t)! : ours.at(h)!);
  };
  let [h, t] = [0, 0];
  while (h < ours.length || t < theirs.length) {
    if (h < ours.length && hereIndex[h]! >= 0) h++;
    else if (t < theirs.length && thereIndex[t]! >= 0) t++;
    else if (t >= theirs.length || (h < ours.length && seenBefore(a, h, b, t))) {
      add(h, sameHere[h]!);
      h++;
    } else {
      add(same[t]!, t);
      t++;
    }
  }
  return { children: children as ChildList, hereIndex, thereIndex };
}

/**
 * `joinChildren` when every child this lane saw was seen before any the other lane saw (this
 * lane read the first files, as it does the contacts): this lane's children in their order, then
 * the other lane's new ones in theirs, each as the lane that told of it last has it. The merge
 * would give the same order; this spares it, and the objects of this lane's children, made only
 * when asked for (most of a large council's come with contacts alone and never are).
 */
function oursThenTheirs(
  ours: ChildList,
  theirs: ChildList,
  same: Int32Array,
  a: Sightings,
  b: Sightings,
) {
  const hereIndex = new Int32Array(ours.length);
  for (let h = 0; h < ours.length; h++) hereIndex[h] = h;
  /** For each of our children, theirs that replaces it, or -1; then their new ones, in order. */
  const replaced = new Int32Array(ours.length).fill(-1);
  const added: number[] = [];
  const thereIndex = new Int32Array(theirs.length);
  for (let t = 0; t < theirs.length; t++) {
    const h = same[t]!;
    if (h < 0) thereIndex[t] = ours.length + added.push(t) - 1;
    else {
      thereIndex[t] = h;
      if (b.lastFile[t]! > a.lastFile[h]!) replaced[h] = t;
    }
  }
  const children: ChildList = {
    length: ours.length + added.length,
    at(index) {
      if (index < 0 || index >= this.length) return undefined;
      if (index >= ours.length) return theirs.at(added[index - ours.length]!);
      const t = replaced[index]!;
      return t < 0 ? ours.at(index) : theirs.at(t);
    },
  };
  return { children, hereIndex, thereIndex };
}

/** Finds a lane's children by identifier (a lane without its registry: read elsewhere). */
function indexOf({ children, childIds }: LaneRead): (childId: string) => number {
  const ids = new Map<string, number>();
  for (let i = 0; i < children.length; i++) ids.set(childIds(i)!, i);
  return (childId) => ids.get(childId) ?? -1;
}

function seenBefore(a: Sightings, h: number, b: Sightings, t: number): boolean {
  const [fileA, fileB] = [a.firstFile[h]!, b.firstFile[t]!];
  return fileA < fileB || (fileA === fileB && a.firstRow[h]! < b.firstRow[t]!);
}
