/** Header table rows into children; the other columns are checked and not kept. */
import type { Child } from '../../domain/index.ts';
import type { CellReader } from '../cell-reader.ts';
import type { Columns } from '../header-match.ts';
import type { HEADER_FIELDS } from './fields.ts';
import type { Ssda903Session } from './session.ts';

/** Reads a Header row into the session's children (the last row for a child wins). */
export function openHeader(
  c: Columns<typeof HEADER_FIELDS>,
  session: Ssda903Session,
): (cells: CellReader) => void {
  const child: Child = { childId: '', gender: null, ethnicity: null, birthDate: null };
  return (cells) => {
    const childId = cells.requiredId(c.childId);
    child.childId = childId ?? '';
    child.gender = cells.gender(c.sex);
    child.birthDate = cells.requiredDate(c.birthDate);
    child.ethnicity = cells.text(c.ethnicity);
    cells.text(c.upn);
    cells.yesNo(c.mother);
    cells.date(c.motherChildBirthDate);
    if (childId !== null) session.children.set(child);
  };
}
