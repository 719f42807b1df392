/**
 * One Annex A table (a CSV file or a workbook sheet), fed a row at a time: the first non-blank
 * row is the header, which tells the list if the name did not.
 */
import type { Place } from '../cell-reader.ts';
import { HeaderedTable } from '../headered-table.ts';
import type { ReadSession } from '../read-session.ts';
import { listFromHeaders, listFromName } from './detect-list.ts';
import type { AnnexAList } from './headers.ts';
import { LIST_READERS } from './lists.ts';

const UNRECOGNISED =
  'Cannot tell which Annex A list this file holds: name it after its list (such as "List 3.csv") or give it the list\'s column headers.';

export class AnnexATable extends HeaderedTable<AnnexAList> {
  constructor(name: string, place: Place, session: ReadSession) {
    super(name, place, session.issues, {
      fromName: listFromName,
      fromHeaders: listFromHeaders,
      open: (list, headers, row) => LIST_READERS[list]?.open(headers, row, place, session) ?? null,
      unrecognised: UNRECOGNISED,
    });
  }

  /** The list the table holds; null when it could not be told. */
  get list(): AnnexAList | null {
    return this.kind;
  }
}
