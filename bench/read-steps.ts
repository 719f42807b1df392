/**
 * Where the large council's contacts read spends its time, step by step, on one thread: each
 * step adds one part of what the Annex A reader does per row to the steps before it, using the
 * reader's own modules, and prints the best of three of each. A diagnostic for the speed work of
 * issue 4 (ARCHITECTURE.md, "Speed"), not part of `npm run bench`.
 * Run: node --import tsx bench/read-steps.ts
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Child, Issue } from '../src/domain/index.ts';
import { CellReader } from '../src/ingest/cell-reader.ts';
import { ChildRegistry } from '../src/ingest/child-registry.ts';
import { cellCode } from '../src/ingest/code-set.ts';
import { REFERRAL_SOURCE } from '../src/ingest/code-sets.ts';
import { forEachCsvRow } from '../src/ingest/csv-rows.ts';
import { decodeText } from '../src/ingest/decode-text.ts';
import {
  ContactColumnsTarget,
  MergeState,
  recordKey,
  TableMerger,
} from '../src/ingest/record-merge.ts';
import { TextIndex } from '../src/ingest/text-index.ts';
import { largeCouncilFiles } from './large-council.ts';

const STEPS = [
  'decode',
  'tokenize',
  'identifier and date',
  "child's cells",
  'child registry',
  'record',
  'merge',
] as const;
const RUNS = 3;
const NAME = 'Annex A List 1 - Contacts.csv';

/** The columns of the demo's contacts file, as its header gives them. */
const column = (index: number, header: string) => ({ index, header });
const ID = column(0, 'Child Unique ID');
const GENDER = column(1, 'Gender');
const ETHNICITY = column(2, 'Ethnicity');
const BIRTH = column(3, 'Date of Birth');
const DATE = column(5, 'Date of Contact');
const SOURCE = column(6, 'Contact Source');

/** Reads the contacts doing the steps up to `last` (an index into STEPS); its milliseconds. */
function readTo(bytes: Uint8Array, last: number): number {
  const started = performance.now();
  const { text } = decodeText(bytes, 'windows-1252');
  if (last === 0) return performance.now() - started;
  const issues: Issue[] = [];
  const place = { file: NAME };
  const cells = new CellReader(place, issues);
  const children: Child[] = [];
  const registry = new ChildRegistry(children);
  registry.expect(bytes.length / 70);
  const merger = new TableMerger(
    new MergeState(issues),
    new ContactColumnsTarget(registry),
    place,
    DATE.header,
  );
  const child: Child = { childId: '', gender: null, ethnicity: null, birthDate: null };
  forEachCsvRow(
    text,
    (row, n) => {
      if (n === 1 || last === 1) return true;
      cells.moveTo(row, n);
      const childId = cells.requiredId(ID);
      const date = cells.requiredDate(DATE);
      if (last === 2 || childId === null || date === null) return true;
      child.childId = childId;
      child.gender = cells.gender(GENDER);
      child.ethnicity = cells.unsharedText(ETHNICITY);
      child.birthDate = cells.date(BIRTH);
      if (last === 3) return true;
      const index = registry.note(child, n); // as the reader registers contacts' children
      if (last === 4) return true;
      const record = {
        childId,
        contactDate: date,
        source: cellCode(cells, SOURCE, REFERRAL_SOURCE),
      };
      if (last === 5) return true;
      merger.add(recordKey(1, index, date), record, child, n, index);
      return true;
    },
    () => {},
  );
  return performance.now() - started;
}

/** The identifiers alone through a `TextIndex`, as the registry's first part: milliseconds. */
function indexOnly(bytes: Uint8Array): number {
  const { text } = decodeText(bytes, 'windows-1252');
  const cells = new CellReader({ file: NAME }, []);
  const index = new TextIndex();
  index.reserve(bytes.length / 140);
  const started = performance.now();
  forEachCsvRow(
    text,
    (row, n) => {
      cells.moveTo(row, n);
      if (n > 1) index.getOrAdd(cells.raw(ID));
      return true;
    },
    () => {},
  );
  return performance.now() - started;
}

const { folder } = await largeCouncilFiles('2026-03-31');
const bytes = readFileSync(path.join(folder, NAME));
const best = STEPS.map(() => Number.POSITIVE_INFINITY);
for (let run = 0; run < RUNS; run++) {
  for (const [step] of STEPS.entries()) best[step] = Math.min(best[step]!, readTo(bytes, step));
}
console.log(`${NAME}: ${(bytes.length / 1e6).toFixed(0)} MB, best of ${RUNS}, each step added`);
for (const [step, name] of STEPS.entries()) {
  const added = step === 0 ? best[0]! : best[step]! - best[step - 1]!;
  console.log(
    `  ${name.padEnd(20)} ${best[step]!.toFixed(0).padStart(5)} ms  (+${added.toFixed(0)})`,
  );
}
const tokenizeAndIndex = Math.min(...Array.from({ length: RUNS }, () => indexOnly(bytes)));
console.log(
  `  identifiers through a TextIndex alone, with tokenizing: ${tokenizeAndIndex.toFixed(0)} ms`,
);
