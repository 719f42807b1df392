/** What a read builds up across its files: records, children, issues, and the keys seen. */
import { emptyRecordSet, type Issue, type RecordSet } from '../domain/index.ts';
import { ChildRegistry, MergeState } from './record-merge.ts';

export interface ReadSession {
  records: RecordSet;
  issues: Issue[];
  merge: MergeState;
  children: ChildRegistry;
}

export function newReadSession(): ReadSession {
  const records = emptyRecordSet();
  const issues: Issue[] = [];
  return {
    records,
    issues,
    merge: new MergeState(issues),
    children: new ChildRegistry(records.children),
  };
}
