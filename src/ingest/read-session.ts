/** What a read builds up across its files: records, children, issues, and the keys seen. */
import { emptyRecordSet, type Issue, type RecordSet } from '../domain/index.ts';
import { ChildRegistry, RecordMerger } from './record-merge.ts';

export interface ReadSession {
  records: RecordSet;
  issues: Issue[];
  merger: RecordMerger;
  children: ChildRegistry;
}

export function newReadSession(): ReadSession {
  const records = emptyRecordSet();
  const issues: Issue[] = [];
  return {
    records,
    issues,
    merger: new RecordMerger(issues),
    children: new ChildRegistry(records.children),
  };
}
