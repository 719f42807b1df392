import { describe, expect, it } from 'vitest';
import type { ImportProgress } from '../domain/index.ts';
import { listFile, textFile } from './annex-a/test-files.ts';
import { listSheet, workbookFile } from './annex-a/test-workbooks.ts';
import { block, censusXml, child } from './cin-census/test-xml.ts';
import { readCaseFiles } from './read-files.ts';
import { ReadProgress } from './read-progress.ts';
import type { SourceFile } from './read-result.ts';
import { episode, tableFile } from './ssda903/test-files.ts';
import { checkWorkbook, forEachSheet } from './xlsx/index.ts';

const KB = 1024;
const sized = (name: string, bytes: number): SourceFile => ({
  name,
  bytes: new Uint8Array(bytes),
});

function listen(): { heard: ImportProgress[]; listener: (p: ImportProgress) => void } {
  const heard: ImportProgress[] = [];
  return { heard, listener: (p) => heard.push(p) };
}

describe('ReadProgress', () => {
  it('tells each file start, a step of 64 KB at least, and the end, in bytes of all files', () => {
    const a = sized('a.csv', 100 * KB);
    const b = sized('b.csv', 300 * KB);
    const { heard, listener } = listen();
    const progress = new ReadProgress([a, b], listener);
    const tickA = progress.file(a);
    tickA(10_000); // not due: the first step is 65,536 bytes in
    tickA(70_000);
    tickA(102_400); // not due: 70,000 + 65,536 is further
    const tickB = progress.file(b);
    tickB(100_000);
    progress.finish();
    const reading = { phase: 'reading', total: 409_600, unit: 'bytes' } as const;
    expect(heard).toEqual([
      { ...reading, item: 'a.csv', done: 0 },
      { ...reading, item: 'a.csv', done: 70_000 },
      { ...reading, item: 'b.csv', done: 102_400 },
      { ...reading, item: 'b.csv', done: 202_400 },
      { ...reading, item: 'b.csv', done: 409_600 },
    ]);
  });

  it('scales a file read in other units (decoded characters) to its bytes, never past its end', () => {
    const file = sized('wide.csv', 200 * KB);
    const { heard, listener } = listen();
    const tick = new ReadProgress([file], listener).file(file, 100 * KB);
    tick(50 * KB);
    tick(150 * KB);
    expect(heard.map((p) => p.done)).toEqual([0, 100 * KB, 200 * KB]);
  });
});

const referral = (i: number) => ({
  'Child Unique ID': `C${i}`,
  Gender: 'a) Male',
  'Date of Birth': '01/01/2015',
  'Date of referral': '02/05/2024',
  'Referral NFA?': 'b) No',
});

/** Listens to a read of the files; checks the reports only ever go forward to all the bytes. */
async function progressOf(files: readonly SourceFile[]): Promise<ImportProgress[]> {
  const { heard, listener } = listen();
  await readCaseFiles(files, { onProgress: listener });
  const total = files.reduce((sum, f) => sum + f.bytes.length, 0);
  const done = heard.map((p) => p.done);
  expect(done).toEqual([...done].sort((x, y) => x - y));
  expect(heard.at(-1)).toMatchObject({ phase: 'reading', done: total, total, unit: 'bytes' });
  return heard;
}

describe('readCaseFiles(files, { onProgress })', () => {
  it('reports an Annex A CSV as it is read through', async () => {
    const big = listFile(
      3,
      Array.from({ length: 6000 }, (_, i) => referral(i)),
    );
    expect(big.bytes.length).toBeGreaterThan(256 * KB);
    const heard = await progressOf([big]);
    const inside = heard.filter((p) => p.done > 0 && p.done < big.bytes.length);
    expect(inside.length).toBeGreaterThanOrEqual(3);
    expect(new Set(heard.map((p) => p.item))).toEqual(new Set(['List 3.csv']));
  });

  it('reports CIN census XML chunk by chunk, and SSDA903 and workbooks file by file', async () => {
    const census = textFile(
      'cin_census_2025.xml',
      censusXml({
        year: '2025',
        children: Array.from({ length: 2000 }, (_, i) =>
          child({
            ids: { LAchildID: `X${i}`, PersonBirthDate: '2015-01-01', Sex: 'F' },
            details: [block('CINdetails', { CINreferralDate: '2024-09-01', ReferralNFA: 'false' })],
          }),
        ),
      }),
    );
    expect(census.bytes.length).toBeGreaterThan(256 * KB);
    const episodes = tableFile('Episodes', [episode('B1', '01/04/2024', 'S', 'C2')]);
    const book = await workbookFile('Annex A.xlsx', [listSheet(3, [referral(1)])]);
    const heard = await progressOf([census, episodes, book]);
    const items = heard.map((p) => p.item);
    expect([...new Set(items)]).toEqual([census.name, episodes.name, book.name]);
    expect(items.filter((item) => item === census.name).length).toBeGreaterThanOrEqual(4);
  });
});

describe('forEachSheet(zip, open, onBytes)', () => {
  it('counts every byte of the workbook fed to exceljs, in order', async () => {
    const book = await workbookFile('Annex A.xlsx', [
      listSheet(
        3,
        Array.from({ length: 4000 }, (_, i) => referral(i)),
      ),
    ]);
    const zip = await checkWorkbook(book.bytes);
    if (typeof zip === 'string') throw new Error(zip);
    const fed: number[] = [];
    let rows = 0;
    await forEachSheet(
      zip,
      () => ({ row: () => ++rows > 0, end: () => {} }),
      (bytes) => fed.push(bytes),
    );
    expect(rows).toBe(4001);
    expect(fed).toEqual([...fed].sort((x, y) => x - y));
    expect(fed.at(-1)).toBe(book.bytes.length);
    expect(fed.length).toBeGreaterThan(zip.parts.length);
  });
});
