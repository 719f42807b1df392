/** UASC, OC3, Missing and Reviews rows: checked (codes as the shared code sets read them), and kept with their file and row. */
import type { CellReader } from '../cell-reader.ts';
import { cellCode, requiredCellCode } from '../code-set.ts';
import { ACTIVITY, IN_TOUCH } from '../code-sets.ts';
import type { Column, Columns } from '../header-match.ts';
import type { RowSink } from '../headered-table.ts';
import { accomCode } from './care-leavers.ts';
import { NOT_MISSING, parseMissingKind } from './codes.ts';
import type { MISSING_FIELDS, OC3_FIELDS, REVIEW_FIELDS, UASC_FIELDS } from './fields.ts';
import type { RowSource } from './result.ts';
import type { Ssda903Session } from './session.ts';

/** The child id and where the row is; null (after an error) when the child id is blank. */
function rowStart(cells: CellReader, childColumn: Column) {
  const childId = cells.requiredText(childColumn);
  const source: RowSource = { file: cells.place.file, row: cells.row };
  return childId === null ? null : { ...source, childId };
}

export function openUasc(c: Columns<typeof UASC_FIELDS>, session: Ssda903Session): RowSink {
  return (cells) => {
    const start = rowStart(cells, c.childId);
    const row = {
      sex: cells.gender(c.sex),
      birthDate: cells.date(c.birthDate),
      ceasedUasc: cells.requiredDate(c.ceasedUasc),
    };
    if (start) session.extra.uasc.push({ ...start, ...row });
  };
}

export function openOc3(c: Columns<typeof OC3_FIELDS>, session: Ssda903Session): RowSink {
  return (cells) => {
    const start = rowStart(cells, c.childId);
    const row = {
      birthDate: cells.date(c.birthDate),
      inTouch: requiredCellCode(cells, c.inTouch, IN_TOUCH),
      activity: cellCode(cells, c.activity, ACTIVITY),
      accommodation: accomCode(cells, c.accommodation),
    };
    if (start) session.extra.oc3.push({ ...start, ...row });
  };
}

export function openMissing(c: Columns<typeof MISSING_FIELDS>, session: Ssda903Session): RowSink {
  return (cells) => {
    const start = rowStart(cells, c.childId);
    const row = {
      birthDate: cells.date(c.birthDate),
      kind: cells.coded(c.missing, parseMissingKind, NOT_MISSING),
      start: cells.requiredDate(c.start),
      end: cells.date(c.end),
    };
    if (start) session.extra.missing.push({ ...start, ...row });
  };
}

export function openReviews(c: Columns<typeof REVIEW_FIELDS>, session: Ssda903Session): RowSink {
  return (cells) => {
    const start = rowStart(cells, c.childId);
    const row = {
      birthDate: cells.date(c.birthDate),
      review: cells.requiredDate(c.review),
      reviewCode: cells.text(c.reviewCode),
    };
    if (start) session.extra.reviews.push({ ...start, ...row });
  };
}
