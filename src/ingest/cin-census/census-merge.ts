/**
 * Census records merged by key (list, child, key date) with the shared merge rules. The census
 * carries every referral open in its year, so successive years' files repeat records: an
 * unchanged repeat from an earlier file is counted, not warned of; a changed one is a warning,
 * and the later file wins.
 */
import { type Child, emptyRecordSet, type Issue, type RecordSet } from '../../domain/index.ts';
import type { Place } from '../cell-reader.ts';
import { ChildRegistry } from '../child-registry.ts';
import { MergeState, recordKey, TableMerger } from '../record-merge.ts';
import type { CensusRecord, ChildRead } from './child-reader.ts';

/** How TableMerger's warning for an exact duplicate starts. */
const DUPLICATE = 'Duplicate row, counted once';

/** Annex A's list numbers, so census keys are the keys the same records have there. */
const LIST = { referrals: 3, assessments: 4, s47s: 5, cinEpisodes: 6, cpPlans: 7 } as const;

export class CensusMerge {
  readonly records = emptyRecordSet();
  readonly issues: Issue[] = [];
  /** Where TableMerger puts its warnings, to be sorted out one record at a time. */
  private readonly mergeIssues: Issue[] = [];
  private readonly state = new MergeState(this.mergeIssues);
  private readonly children = new ChildRegistry(this.records.children);

  /** A merger for one file's records; open files in the order their records should win. */
  openFile(file: string): FileMerge {
    return new FileMerge({ file }, this.state, this.records, this.children, (issue, node) => {
      this.issues.push({ ...issue, sheet: node });
    });
  }
}

type Forward = (issue: Issue, path: string) => void;

export class FileMerge {
  /** Records identical to one an earlier file already gave. */
  repeated = 0;
  private readonly referrals;
  private readonly cinEpisodes;
  private readonly assessments;
  private readonly s47s;
  private readonly cpPlans;

  constructor(
    place: Place,
    private readonly state: MergeState,
    records: RecordSet,
    private readonly children: ChildRegistry,
    private readonly forward: Forward,
  ) {
    this.referrals = new TableMerger(state, records.referrals, place, 'CINreferralDate');
    this.cinEpisodes = new TableMerger(state, records.cinEpisodes, place, 'CINreferralDate');
    this.assessments = new TableMerger(
      state,
      records.assessments,
      place,
      'AssessmentActualStartDate',
    );
    this.s47s = new TableMerger(state, records.s47s, place, 'S47ActualStartDate');
    this.cpPlans = new TableMerger(state, records.cpPlans, place, 'CPPstartDate');
  }

  /** Adds a child and its records; a child without an id adds nothing. */
  add({ child, records }: ChildRead): void {
    if (child === null) return;
    const index = this.children.set(child);
    const known = this.children.at(index);
    for (const record of records) {
      this.merge(record, index, known);
      this.sortOut(record);
    }
  }

  private merge(r: CensusRecord, child: number, known: Child): undefined {
    const line = r.node.line;
    switch (r.list) {
      case 'referrals':
        this.referrals.add(key(r, child, r.record.referralDate), r.record, known, line);
        return;
      case 'cinEpisodes':
        this.cinEpisodes.add(key(r, child, r.record.startDate), r.record, known, line);
        return;
      case 'assessments':
        this.assessments.add(key(r, child, r.record.startDate), r.record, known, line);
        return;
      case 's47s':
        this.s47s.add(key(r, child, r.record.startDate), r.record, known, line);
        return;
      case 'cpPlans':
        this.cpPlans.add(key(r, child, r.record.startDate), r.record, known, line);
        return;
      default: {
        const unreachable: never = r;
        return unreachable;
      }
    }
  }

  /**
   * Passes on the merge warning for the record just added, unless it is an unchanged repeat. An
   * episode of need is its CINdetails' referral too: an exact repeat is said (and counted) once.
   */
  private sortOut(record: CensusRecord): void {
    const issue = this.state.issues.pop();
    if (issue === undefined) return;
    if (record.list === 'cinEpisodes' && issue.message.startsWith(DUPLICATE)) return;
    if (isUnchangedRepeatOfEarlierFile(issue)) this.repeated += 1;
    else this.forward(issue, record.node.path);
  }
}

function key(r: CensusRecord, child: number, day: number): number {
  return recordKey(LIST[r.list], child, day);
}

/**
 * TableMerger's warning for an exact duplicate names the earlier row as `row N of "file"` only
 * when that row is in another file (see rowName in record-merge.ts).
 */
function isUnchangedRepeatOfEarlierFile(issue: Issue): boolean {
  return issue.message.startsWith(DUPLICATE) && issue.message.includes(' of "');
}
