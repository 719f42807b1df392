/**
 * What several readers (Annex A, CIN census, SSDA903) read of one council, as one record set
 * with one record per key, as the store keeps them: per list, child (adopter for List 11) and
 * key date (care leavers: child alone), and one child per child id. Where a format read later
 * gives a key an earlier one gave, its record wins whole, in the earlier one's place: so
 * `outturn compute` over a folder counts each record once, as an import of it does.
 */
import {
  type Adopter,
  type Child,
  type Issue,
  keyDate,
  RECORD_LISTS,
  type RecordList,
  type RecordSet,
} from '../domain/index.ts';
import { recordKey } from './record-merge.ts';
import { WholeNumberIndex } from './whole-number-index.ts';

type AnyRecord = RecordSet[RecordList][number];

function subjectOf(list: RecordList, record: AnyRecord): string {
  return list === 'adopters'
    ? (record as Adopter).adopterId
    : (record as { childId: string }).childId;
}

export class FormatMerge {
  private readonly ids = new Map<string, number>();
  private readonly keys = new WholeNumberIndex();
  /** Where each key's record is in its list (slots in the order keys were first seen). */
  private readonly at: number[] = [];
  private readonly children = new Map<string, number>();

  constructor(readonly records: RecordSet) {}

  /** Adds one reader's records; returns how many replaced a record of an earlier reader, by list. */
  add(from: RecordSet): Map<RecordList, number> {
    for (const child of from.children) this.addChild(child);
    const replaced = new Map<RecordList, number>();
    RECORD_LISTS.forEach((list, listNumber) => {
      const target = this.records[list] as AnyRecord[];
      const source = from[list] as readonly AnyRecord[];
      let count = 0;
      for (let i = 0; i < source.length; i++) {
        const record = source[i]!;
        const key = recordKey(
          listNumber,
          this.idIndex(subjectOf(list, record)),
          keyDate(list, record) ?? 0,
        );
        const slot = this.keys.getOrAdd(key, this.at.length);
        if (slot < 0) {
          this.at.push(target.length);
          target.push(record);
        } else {
          target[this.at[slot]!] = record;
          count += 1;
        }
      }
      if (count > 0) replaced.set(list, count);
    });
    return replaced;
  }

  private addChild(child: Child): void {
    const at = this.children.get(child.childId);
    if (at === undefined) {
      this.children.set(child.childId, this.records.children.length);
      this.records.children.push(child);
    } else {
      this.records.children[at] = child;
    }
  }

  private idIndex(id: string): number {
    let index = this.ids.get(id);
    if (index === undefined) {
      index = this.ids.size;
      this.ids.set(id, index);
    }
    return index;
  }
}

const FORMAT: Readonly<Record<string, string>> = {
  'annex-a': 'Annex A',
  'cin-census': 'CIN census',
  ssda903: 'SSDA903',
};

const WORDS: Readonly<Record<RecordList, string>> = {
  contacts: 'contacts',
  referrals: 'referrals',
  assessments: 'assessments',
  s47s: 'section 47 enquiries',
  cpPlans: 'child protection plans',
  carePeriods: 'periods of care',
  careEpisodes: 'SSDA903 episodes',
  earlyHelp: 'early help assessments',
  cinEpisodes: 'episodes of need',
  careLeavers: 'care leavers',
  adoptions: 'adoptions',
  adopters: 'adopters',
};

/** The warning that `count` records of a format read later replaced ones read before. */
export function readBefore(
  family: string,
  files: readonly { name: string }[],
  list: RecordList,
  count: number,
): Issue {
  const format = FORMAT[family] ?? family;
  return {
    severity: 'warning',
    file: files[0]?.name ?? '',
    message: `${count} ${WORDS[list]} in the ${format} files are also in files of another format read before them (same child and date): each is counted once, as the ${format} files give it.`,
  };
}
