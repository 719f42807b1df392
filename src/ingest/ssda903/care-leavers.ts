/**
 * OC3 rows into care leavers, as Annex A List 9 holds them: one per child (a later row wins, with
 * a warning), the birth date from the Header table, ACCOM split into its accommodation letter
 * and suitability, UASC from the UASC table.
 */
import type { CareLeaver, Child } from '../../domain/index.ts';
import type { CellReader, Place } from '../cell-reader.ts';
import { ACCOMMODATION } from '../code-sets.ts';
import type { Column } from '../header-match.ts';
import { MergeState, recordKey, TableMerger } from '../record-merge.ts';
import type { Oc3Row } from './result.ts';
import type { Ssda903Session } from './session.ts';

/** Annex A's list number for care leavers, for merge keys. */
const LIST_9 = 9;
const ACCOM = /^([A-Z])([12])$/;
const NOT_ACCOM = `This is not an ACCOM code Outturn knows (an accommodation letter, ${ACCOMMODATION.set.codes.slice(0, -1).join(', ')}, then 1 suitable or 2 unsuitable; or 0): it is kept as written.`;

/** A known ACCOM code's accommodation letter and suitability (`B1` → B, suitable). */
function splitAccom(code: string): { letter: string; suitable: boolean } | null {
  const [, letter, suitability] = ACCOM.exec(code) ?? [];
  if (letter === undefined || !ACCOMMODATION.set.codes.includes(letter)) return null;
  return { letter, suitable: suitability === '1' };
}

/** The ACCOM code (`B1`, `k2`, `0`) upper case; unknown text kept as written, with a warning. */
export function accomCode(cells: CellReader, column: Column): string | null {
  const text = cells.text(column);
  if (text === null) return null;
  const code = text.toUpperCase();
  if (code === '0' || splitAccom(code)) return code;
  cells.report('warning', column, text, NOT_ACCOM);
  return text;
}

/** Adds a care leaver per child with OC3 rows, and the child itself when no Header row has it. */
export function addCareLeavers(session: Ssda903Session): void {
  const known = new Map(session.records.children.map((child) => [child.childId, child]));
  const uasc = new Set(session.extra.uasc.map((row) => row.childId));
  const merge = new Merge(session);
  for (const row of session.extra.oc3) {
    const child = known.get(row.childId) ?? addChild(session, row);
    known.set(row.childId, child);
    merge.add(row, careLeaver(row, child, uasc.has(row.childId)));
  }
}

function addChild(session: Ssda903Session, row: Oc3Row): Child {
  const child: Child = {
    childId: row.childId,
    gender: null,
    ethnicity: null,
    birthDate: row.birthDate,
  };
  return session.children.at(session.children.set(child));
}

function careLeaver(row: Oc3Row, child: Child, uasc: boolean): CareLeaver {
  const accom = row.accommodation === null ? null : splitAccom(row.accommodation);
  return {
    childId: row.childId,
    birthDate: child.birthDate ?? row.birthDate,
    eligibility: null,
    inTouch: row.inTouch,
    latestContact: null,
    accommodation: accom?.letter ?? row.accommodation,
    accommodationSuitable: accom?.suitable ?? null,
    activity: row.activity,
    pathwayPlanReview: null,
    uasc: uasc ? true : null,
  };
}

/** Care leavers merged by child across OC3 files, with a merge state of their own. */
class Merge {
  private readonly state: MergeState;
  private readonly numbers = new Map<string, number>();
  private readonly mergers = new Map<string, TableMerger<CareLeaver>>();

  constructor(private readonly session: Ssda903Session) {
    this.state = new MergeState(session.issues);
  }

  add(row: Oc3Row, leaver: CareLeaver): void {
    const number = this.numbers.get(row.childId) ?? this.numbers.size;
    this.numbers.set(row.childId, number);
    const child = { childId: row.childId, gender: null, ethnicity: null, birthDate: null };
    this.merger(row.file).add(recordKey(LIST_9, number, 0), leaver, child, row.row);
  }

  private merger(file: string): TableMerger<CareLeaver> {
    let merger = this.mergers.get(file);
    if (merger === undefined) {
      const place: Place = { file };
      merger = new TableMerger(this.state, this.session.records.careLeavers, place, 'CHILD');
      this.mergers.set(file, merger);
    }
    return merger;
  }
}
