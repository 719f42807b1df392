/** What a read builds up across its files: records, children, issues, and the keys seen. */
import { emptyRecordSet, type Issue, type RecordSet } from '../domain/index.ts';
import { ChildRegistry } from './child-registry.ts';
import { PackingTargets } from './packing-target.ts';
import { ContactColumnsTarget, MergeState } from './record-merge.ts';

export interface ReadSession {
  records: RecordSet;
  issues: Issue[];
  merge: MergeState;
  children: ChildRegistry;
  /** Where contacts go when kept as columns (ReadOptions.asColumns); else null. */
  contactColumns: ContactColumnsTarget | null;
  /** Where the other lists go then, packed (packing-target.ts); else null. */
  packing: PackingTargets | null;
  /** About how many rows the table being read has (0 when not known), for room made first. */
  rowsExpected: number;
}

export function newReadSession(options: { asColumns?: boolean } = {}): ReadSession {
  const records = emptyRecordSet();
  const issues: Issue[] = [];
  const merge = new MergeState(issues);
  const children = new ChildRegistry(records.children, merge.numbers);
  return {
    records,
    issues,
    merge,
    children,
    contactColumns: options.asColumns ? new ContactColumnsTarget(children) : null,
    packing: options.asColumns ? new PackingTargets(children) : null,
    rowsExpected: 0,
  };
}
