/**
 * One child per child identifier, whichever file and list the rows came from, in first-seen
 * order; the last row read wins. What rows say of a child is kept and compared as numbers
 * (TextNumbers), its object made only when asked for: a large council's contacts make no object
 * or string a child while read (ARCHITECTURE.md, ingest, "Merging rows by key").
 */
import {
  type Child,
  type ChildList,
  type Gender,
  NUMBER,
  type PackedRecords,
} from '../domain/index.ts';
import { grown, TextIndex } from './text-index.ts';

const FIRST_CAPACITY = 1024;

/** A date of birth not given, as a number (no Day is this far back). */
const NO_DATE = -(2 ** 31);
/** What a row said of a child as numbers (TextNumbers.tell): gender, ethnicity, date of birth. */
export type Told = Readonly<Int32Array>;

/**
 * Texts numbered in the order first seen (0 for blank), for what rows say of a child (gender,
 * ethnicity), so that what a child was last said to be, and each record's row said, is kept and
 * compared as numbers: no string or object of a row lives on, to be copied out of the collector's
 * young generation (issue 4: for a large council's contacts, about 0.3 s of `outturn compute`).
 */
export class TextNumbers {
  private readonly numbers = new Map<string, number>();
  private readonly texts: (string | null)[] = [null];
  /** What `tell` was last told, as numbers (the last gender and ethnicity as texts too). */
  private readonly told = new Int32Array(3);
  private lastGender: string | null | undefined = undefined;
  private lastEthnicity: string | null | undefined = undefined;

  number(text: string | null): number {
    if (text === null) return 0;
    let number = this.numbers.get(text);
    if (number === undefined) {
      number = this.texts.push(text) - 1;
      this.numbers.set(text, number);
    }
    return number;
  }

  text(number: number): string | null {
    return this.texts[number] ?? null;
  }

  /** Every text numbered so far, by its number (0, blank, is null). */
  all(): readonly (string | null)[] {
    return [...this.texts];
  }

  /**
   * What a row says of a child, as numbers, in an array the next call overwrites. A row's child
   * is told twice, to the registry and then the merge: the second time, the same values again,
   * is answered from the first.
   */
  tell(child: Readonly<Child>): Told {
    const told = this.told;
    const { gender, ethnicity, birthDate } = child;
    const birth = birthDate ?? NO_DATE;
    if (gender === this.lastGender && ethnicity === this.lastEthnicity && told[2] === birth) {
      return told;
    }
    told[0] = this.number(gender);
    told[1] = this.number(ethnicity);
    told[2] = birth;
    this.lastGender = gender;
    this.lastEthnicity = ethnicity;
    return told;
  }
}

/** Numbers a child's row in ChildRegistry's table: what Told holds, then the last file. */
const ABOUT = 4;

/**
 * One child per child id, in first-seen order; the last row read wins. What each child was last
 * said to be is kept as numbers, by child (TextNumbers), and the child object is made from them
 * when asked for (`at`, and so through `list`) or by `set`: a large
 * council's contacts (`note`) make no object or string a child while read, its identifier kept
 * packed in the index (TextIndex).
 */
export class ChildRegistry {
  private readonly index = new TextIndex();
  /** The number of the file being read, for `sightings` (lanes number their files). */
  file = 0;
  /** Where each child was first seen, in the file and row. */
  private readonly firstSeen = new ChildSightings();
  /** By child, ABOUT numbers: gender, ethnicity, date of birth, the last file telling of it. */
  private about: Int32Array = new Int32Array(ABOUT * FIRST_CAPACITY);
  /** The children, each object made when first asked for (undefined until then). */
  private readonly children: (Child | undefined)[];

  constructor(
    children: Child[],
    private readonly numbers = new TextNumbers(),
  ) {
    this.children = children;
  }

  /**
   * Records what a row (`row` of the file being read) says of a child and returns the child's
   * index, making no object for it: `at` makes it. `child` may be reused.
   */
  note(child: Readonly<Child>, row = 0): number {
    const told = this.numbers.tell(child);
    const at = this.index.getOrAdd(child.childId);
    if (at === -1) {
      const added = this.children.push(undefined) - 1;
      this.firstSeen.first(this.file, row);
      this.keep(added, told);
      return added;
    }
    const about = this.about;
    const p = ABOUT * at;
    about[p + 3] = this.file;
    if (about[p] !== told[0] || about[p + 1] !== told[1] || about[p + 2] !== told[2]) {
      this.keep(at, told);
      this.children[at] = undefined;
    }
    return at;
  }

  /** `note`, and the child's object made now if it has none (`child` may be reused). */
  set(child: Readonly<Child>, row = 0): number {
    const at = this.note(child, row);
    this.at(at);
    return at;
  }

  /**
   * Makes room for the children of `rows` more rows without the index growing on the way: as
   * many as half of them, as a council's lists have about two rows a child (contacts) or more.
   */
  expect(rows: number): void {
    this.index.reserve(this.index.size + Math.ceil(rows / 2));
  }

  /** The child at an index `note` or `set` returned. */
  at(index: number): Child {
    return this.children[index] ?? this.made(index);
  }

  /** The identifier of the child at an index `note` or `set` returned. */
  idOf(index: number): string | undefined {
    return this.children[index]?.childId ?? this.index.keyOf(index);
  }

  /** The index of the child with `childId`, or -1. */
  find(childId: string): number {
    return this.index.get(childId);
  }

  /**
   * The children so far, each object made when first asked for: what a read gives the engine,
   * which asks for few (ChildList).
   */
  list(): ChildList {
    const { children } = this;
    return {
      length: children.length,
      at: (index) => (index >= 0 && index < children.length ? this.at(index) : undefined),
    };
  }

  /**
   * The children packed (domain packed-records.ts), as `packRecords` would pack their objects,
   * made from what the registry keeps without an object a child: identifiers as they are,
   * gender and ethnicity by their numbers, dates of birth as numbers.
   */
  packed(): PackedRecords {
    const count = this.children.length;
    const ids: string[] = new Array(count);
    const gender = new Int32Array(count);
    const ethnicity = new Int32Array(count);
    const birth = new Int32Array(count);
    const births = new Float64Array(count);
    const about = this.about;
    for (let i = 0; i < count; i++) {
      const p = ABOUT * i;
      ids[i] = this.idOf(i)!;
      gender[i] = about[p]!;
      ethnicity[i] = about[p + 1]!;
      const date = about[p + 2]!;
      birth[i] = date === NO_DATE ? 0 : NUMBER;
      births[i] = date === NO_DATE ? 0 : date;
    }
    const texts = this.numbers.all();
    return {
      length: count,
      fields: ['childId', 'gender', 'ethnicity', 'birthDate'],
      columns: [
        { kind: 'plain', values: ids },
        { kind: 'coded', codes: gender, numbers: null, values: texts as unknown[] },
        { kind: 'coded', codes: ethnicity, numbers: null, values: texts as unknown[] },
        { kind: 'coded', codes: birth, numbers: births, values: [null] },
      ],
    };
  }

  /** Where each child was first seen and the last file that told of it, in arrays of their own. */
  sightings(): Sightings {
    const { firstFile, firstRow } = this.firstSeen.taken();
    const lastFile = new Int32Array(firstFile.length);
    for (let i = 0; i < lastFile.length; i++) lastFile[i] = this.about[ABOUT * i + 3]!;
    return { firstFile, firstRow, lastFile };
  }

  private made(index: number): Child {
    const p = ABOUT * index;
    const birth = this.about[p + 2]!;
    const child: Child = {
      childId: this.index.keyOf(index)!,
      gender: this.numbers.text(this.about[p]!) as Gender | null,
      ethnicity: this.numbers.text(this.about[p + 1]!),
      birthDate: birth === NO_DATE ? null : birth,
    };
    this.children[index] = child;
    return child;
  }

  private keep(at: number, told: Told): void {
    if (ABOUT * (at + 1) > this.about.length) {
      this.about = grown(this.about, 2 * this.about.length);
    }
    const p = ABOUT * at;
    this.about[p] = told[0]!;
    this.about[p + 1] = told[1]!;
    this.about[p + 2] = told[2]!;
    this.about[p + 3] = this.file;
  }
}

/** For each child, by index: the file and row it was first seen in, and the last file telling of it. */
export interface Sightings {
  firstFile: Int32Array;
  firstRow: Int32Array;
  lastFile: Int32Array;
}

/**
 * For each child of a registry, by index: the file and row it was first seen in. Reads of files
 * on several threads put their children in the order of a read of all the files one after
 * another by these and the last file telling of each (annex-a/lanes.ts).
 */
class ChildSightings {
  count = 0;
  firstFile: Int32Array = new Int32Array(FIRST_CAPACITY);
  firstRow: Int32Array = new Int32Array(FIRST_CAPACITY);

  first(file: number, row: number): void {
    if (this.count === this.firstFile.length) this.grow();
    this.firstFile[this.count] = file;
    this.firstRow[this.count] = row;
    this.count += 1;
  }

  /** The sightings so far, in arrays of their own. */
  taken(): Pick<Sightings, 'firstFile' | 'firstRow'> {
    return {
      firstFile: this.firstFile.slice(0, this.count),
      firstRow: this.firstRow.slice(0, this.count),
    };
  }

  private grow(): void {
    const size = 2 * this.firstFile.length;
    this.firstFile = grown(this.firstFile, size);
    this.firstRow = grown(this.firstRow, size);
  }
}
