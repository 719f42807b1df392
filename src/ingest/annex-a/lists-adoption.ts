/** Lists 10 (adoption, per child) and 11 (adopters, one row per adopter and enquiry) as records. */
import type { Adopter, Child } from '../../domain/index.ts';
import type { CellReader } from '../cell-reader.ts';
import { cellCode } from '../code-set.ts';
import { REASON_LEFT, REASON_REVERSED } from '../code-sets-care.ts';
import type { Columns } from '../header-match.ts';
import { type MergeState, recordKey, TableMerger } from '../record-merge.ts';
import { ADOPTER_FIELDS, ADOPTION_FIELDS } from './fields-adoption.ts';
import { checkEnd, defineList, type ListReader, listColumns } from './list-reader.ts';

export const adoptions = defineList({
  list: 10,
  fields: ADOPTION_FIELDS,
  key: 'enteredCareDate',
  target: (records) => records.adoptions,
  build: (cells, c, childId, enteredCareDate) => ({
    childId,
    enteredCareDate,
    familyId: cells.text(c.familyId),
    disability: cells.yesNo(c.disability),
    decisionDate: cells.date(c.decisionDate),
    placementOrderDate: cells.date(c.placementOrderDate),
    matchedDate: cells.date(c.matchedDate),
    placedDate: cells.date(c.placedDate),
    adoptionOrderDate: cells.date(c.adoptionOrderDate),
    reversedDate: cells.date(c.reversedDate),
    reasonReversed: cellCode(cells, c.reasonReversed, REASON_REVERSED),
    ffaPlacedDate: cells.date(c.ffaPlacedDate),
  }),
  end: { field: 'adoptionOrderDate', of: (adoption) => adoption.adoptionOrderDate },
});

type AdopterColumns = Columns<typeof ADOPTER_FIELDS>;

/** Adopters are not children: merged records carry this in place of one. */
const NO_CHILD: Readonly<Child> = { childId: '', gender: null, ethnicity: null, birthDate: null };
/** A number per adopter id in each read (one merge state per read), for record keys. */
const ADOPTER_NUMBERS = new WeakMap<MergeState, Map<string, number>>();

export const adopters: ListReader = {
  list: 11,
  names: Object.values(ADOPTER_FIELDS).flatMap((spec) => [spec.header, ...spec.variants]),
  open: (headers, headerRow, place, session) => {
    const columns = listColumns(
      ADOPTER_FIELDS,
      headers,
      { list: 11, headerRow, place },
      session.issues,
    );
    if (columns === null) return null;
    const key = columns.enquiryDate.header;
    const merger = new TableMerger(session.merge, session.records.adopters, place, key, 'adopter');
    const numbers = ADOPTER_NUMBERS.get(session.merge) ?? new Map<string, number>();
    ADOPTER_NUMBERS.set(session.merge, numbers);
    return (cells) => readAdopter(cells, columns, merger, numbers);
  },
};

function readAdopter(
  cells: CellReader,
  c: AdopterColumns,
  merger: TableMerger<Adopter>,
  numbers: Map<string, number>,
): void {
  const adopterId = cells.requiredText(c.adopterId);
  const enquiryDate = cells.requiredDate(c.enquiryDate);
  const adopter = buildAdopter(cells, c, adopterId ?? '', enquiryDate ?? 0);
  if (adopterId === null || enquiryDate === null) return;
  checkEnd(cells, c.stage1End, adopter.stage1End, c.stage1Start, adopter.stage1Start);
  checkEnd(cells, c.stage2End, adopter.stage2End, c.stage2Start, adopter.stage2Start);
  checkEnd(cells, c.leftDate, adopter.leftDate, c.enquiryDate, enquiryDate);
  const number = numbers.get(adopterId) ?? numbers.size;
  numbers.set(adopterId, number);
  merger.add(recordKey(11, number, enquiryDate), adopter, NO_CHILD, cells.row);
}

function buildAdopter(
  cells: CellReader,
  c: AdopterColumns,
  adopterId: string,
  enquiryDate: number,
): Adopter {
  return {
    adopterId,
    enquiryDate,
    familyId: cells.text(c.familyId),
    gender: cells.gender(c.gender),
    ethnicity: cells.text(c.ethnicity),
    birthDate: cells.date(c.birthDate),
    disability: cells.yesNo(c.disability),
    fosteringForAdoption: cells.yesNo(c.fosteringForAdoption),
    stage1Start: cells.date(c.stage1Start),
    stage1End: cells.date(c.stage1End),
    stage2Start: cells.date(c.stage2Start),
    stage2End: cells.date(c.stage2End),
    applicationDate: cells.date(c.applicationDate),
    approvedDate: cells.date(c.approvedDate),
    matchedDate: cells.date(c.matchedDate),
    placedDate: cells.date(c.placedDate),
    childrenPlaced: cells.count(c.childrenPlaced),
    adoptionOrderDate: cells.date(c.adoptionOrderDate),
    leftDate: cells.date(c.leftDate),
    reasonLeft: cellCode(cells, c.reasonLeft, REASON_LEFT),
  };
}
