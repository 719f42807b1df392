import { describe, expect, it } from 'vitest';
import {
  CATALOGUE,
  contactRecords,
  dayOf,
  type ImportProgress,
  type RecordList,
} from '../../domain/index.ts';
import { computeSeries } from '../../engine/index.ts';
import { readCaseFiles } from '../read-files.ts';
import type { ReadResult, SourceFile } from '../read-result.ts';
import { planLanes, readInWorker } from './lanes.ts';
import { listFile, textFile } from './test-files.ts';

const child = (id: string, gender: string, birth = '01/02/2015') => ({
  'Child Unique ID': id,
  Gender: gender,
  'Date of Birth': birth,
});

/**
 * `read` with its children by index (`children`, each made when asked for) listed, after
 * checking they are the records' children: for comparing reads whole.
 */
function settled(read: ReadResult) {
  const { children, lists, ...rest } = read;
  for (const [list, packed] of Object.entries(lists ?? {})) {
    expect(packed.length).toBe(read.records[list as RecordList].length);
  }
  if (children === undefined) return rest;
  const listed = Array.from({ length: children.length }, (_, i) => children.at(i));
  expect(listed).toEqual(read.records.children);
  expect(children.at(children.length)).toBeUndefined();
  return { ...rest, children: listed };
}

/** Contacts for 300 children, most of whom no other list names: the largest file. */
function contacts(name: string): SourceFile {
  const rows: Record<string, string>[] = Array.from({ length: 300 }, (_, i) => ({
    ...child(`K${String(i % 240).padStart(4, '0')}`, i % 2 ? 'a) Male' : 'b) Female'),
    'Date of Contact': `${String((i % 28) + 1).padStart(2, '0')}/0${(i % 9) + 1}/2024`,
    'Contact Source': '1A) Individual',
  }));
  // A00 is first seen in an earlier file of the other lane and told of last here; A01 the other way
  rows.splice(10, 0, { ...child('A00', 'b) Female'), 'Date of Contact': '03/04/2024' });
  rows.splice(20, 0, { ...child('A01', 'a) Male'), 'Date of Contact': '05/04/2024' });
  rows.push({ ...child('K0001', 'a) Male'), 'Date of Contact': '31/02/2024' }); // an error
  return listFile(1, rows, name);
}

const referral = (id: string, gender: string, date: string, nfa = 'b) No') => ({
  ...child(id, gender),
  'Date of referral': date,
  'Referral NFA?': nfa,
});

/** Files in the order a council gave them: List 3 before and after List 1, List 4 last. */
function extract(): SourceFile[] {
  return [
    listFile(
      3,
      [
        referral('A00', 'a) Male', '01/04/2024'),
        referral('K0003', 'a) Male', '02/04/2024'),
        referral('A00', 'a) Male', '01/04/2024'), // exact duplicate
      ],
      'List 3 April.csv',
    ),
    contacts('List 1.csv'),
    listFile(
      3,
      [
        referral('A01', 'b) Female', '02/05/2024'),
        referral('K0003', 'a) Male', '02/04/2024', 'a) Yes'), // replaces April's row
        referral('N0001', 'c) Unknown', '03/05/2024'),
      ],
      'List 3 May.csv',
    ),
    listFile(4, [
      {
        ...child('A01', 'a) Male'),
        'Continuous Assessment Start Date': '02/05/2024',
        'Continuous Assessment Date of Authorisation': '01/05/2024',
      },
      { ...child('A01', 'a) Male'), 'Continuous Assessment Start Date': '30/02/2024' }, // an error
    ]),
  ];
}

describe('planLanes(files, parallel) splits Annex A lists between two threads', () => {
  const files = extract();

  it('keeps every file of a list in one lane, the largest list in this thread', () => {
    const lanes = planLanes(files, true);
    const names = lanes?.map((lane) => lane.map(({ number, file }) => `${number} ${file.name}`));
    expect(names).toEqual([
      ['1 List 1.csv'],
      ['0 List 3 April.csv', '2 List 3 May.csv', '3 List 4.csv'],
    ]);
  });

  it('reads in one thread when told to, for little data, workbooks, one list or a list not told', () => {
    expect(planLanes(files, false)).toBeNull();
    expect(planLanes(files)).toBeNull(); // a few kilobytes
    expect(planLanes([...files, { name: 'book.xlsx', bytes: new Uint8Array(4) }], true)).toBeNull();
    expect(planLanes([files[0]!, files[2]!], true)).toBeNull();
    expect(planLanes([...files, textFile('notes.csv', 'Name,Age\nA,1\n')], true)).toBeNull();
  });
});

describe('readCaseFiles(files, { parallel: true }) gives what reading in one thread gives', () => {
  it('has the same records, children (order and last word), child keys, issues and summaries', async () => {
    const files = extract();
    const one = await readCaseFiles(files, { parallel: false });
    const two = await readCaseFiles(files, { parallel: true });
    expect(settled(two)).toEqual(settled(one));
    expect(two.childKeys).toEqual(one.childKeys);
    const ids = one.records.children.map((c) => c.childId);
    expect(ids.slice(0, 3)).toEqual(['A00', 'K0003', 'K0000']);
    const [a00, a01] = ['A00', 'A01'].map((id) =>
      one.records.children.find((c) => c.childId === id),
    );
    expect([a00?.gender, a01?.gender]).toEqual(['female', 'male']);
    expect(one.issues.map((i) => `${i.file} ${i.row} ${i.severity}`)).toEqual([
      'List 3 April.csv 4 warning',
      'List 1.csv 304 error',
      'List 3 May.csv 3 warning',
      'List 4.csv 2 warning',
      'List 4.csv 3 error',
    ]);
  });

  it('does so when this thread read the first file (contacts first, as usual)', async () => {
    const [april, contactList, ...later] = extract();
    const files = [contactList!, april!, ...later];
    expect(planLanes(files, true)?.[0].map((f) => f.number)).toEqual([0]);
    const one = await readCaseFiles(files, { parallel: false });
    const two = await readCaseFiles(files, { parallel: true });
    expect(settled(two)).toEqual(settled(one));
    expect(two.childKeys).toEqual(one.childKeys);
    const told = (id: string) => one.records.children.find((c) => c.childId === id)?.gender;
    expect([told('A00'), told('N0001')]).toEqual(['male', 'unknown']); // the other lane's word
    expect(one.records.children.at(-1)?.childId).toBe('N0001'); // new in the other lane: last
  });

  it("gives the other lane's lists packed, made into records only when read, and the engine's series from them are the records'", async () => {
    const files = extract();
    const two = await readCaseFiles(files, { parallel: true, asColumns: true });
    const packed = Object.keys(two.lists ?? {});
    expect(packed).toEqual(['referrals', 'assessments']);
    const coverage = { from: dayOf(2024, 4, 1), asAt: dayOf(2025, 3, 31) };
    const indicators = CATALOGUE.filter((d) => d.source === 'child-level');
    const { childKeys, contactColumns, children, lists } = two;
    const given = { coverage, indicators, childKeys, contactColumns, children, lists };
    const fromPacked = computeSeries(two.records, given);
    for (const list of packed) {
      expect(Object.getOwnPropertyDescriptor(two.records, list)?.get).toBeDefined(); // not made
    }
    const one = await readCaseFiles(files, { parallel: false });
    expect(fromPacked).toEqual(computeSeries(one.records, { coverage, indicators }));
    expect(two.records.referrals).toEqual(one.records.referrals);
  });

  it("rejects with the worker's error, naming its files, when reading there throws", async () => {
    // not bytes: reading the file throws in the worker, outside any row
    const broken = { name: 'List 4.csv', bytes: 42 } as unknown as SourceFile;
    const read = readInWorker([{ number: 0, file: broken }]);
    await expect(read).rejects.toThrow(/^reading List 4\.csv failed: TypeError/);
  });

  it('stops the thread when told to (the other lane failed), and rejects', async () => {
    const stop = new AbortController();
    const read = readInWorker([{ number: 0, file: contacts('List 1.csv') }], {
      signal: stop.signal,
    });
    stop.abort();
    await expect(read).rejects.toThrow(/^the reading thread was stopped$/);
  });

  it('keeps contacts as columns when asked, read here or in the worker, as one thread does', async () => {
    const records = await readCaseFiles(extract(), { parallel: false });
    // contacts are the largest list here; with many referrals they are read in the worker
    const manyReferrals = listFile(
      3,
      Array.from({ length: 400 }, (_, i) =>
        referral(`R${i}`, 'a) Male', `${String((i % 28) + 1).padStart(2, '0')}/06/2024`),
      ),
      'List 3 June.csv',
    );
    for (const files of [extract(), [...extract(), manyReferrals]]) {
      const one = await readCaseFiles(files, { parallel: false, asColumns: true });
      const two = await readCaseFiles(files, { parallel: true, asColumns: true });
      expect(settled(two)).toEqual(settled(one));
      expect(one.records.contacts).toEqual([]);
      const contacts = contactRecords(one.contactColumns!, one.records.children);
      expect(contacts).toEqual(records.records.contacts);
    }
    const lanes = planLanes([...extract(), manyReferrals], true);
    expect(lanes?.[1].map((f) => f.file.name)).toContain('List 1.csv');
  });

  it('tells progress from both threads, never going back, to the whole', async () => {
    const seen: ImportProgress[] = [];
    await readCaseFiles(extract(), { parallel: true, onProgress: (p) => seen.push(p) });
    const done = seen.map((p) => p.done);
    expect(done).toEqual([...done].sort((a, b) => a - b));
    expect(seen.at(-1)?.done).toBe(seen.at(-1)?.total);
  });
});
