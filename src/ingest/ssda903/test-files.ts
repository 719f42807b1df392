/** Test helper: synthetic SSDA903 CSV files built in code (no real data anywhere). */
import { type Cells, csvFile } from '../annex-a/test-files.ts';
import type { SourceFile } from '../read-result.ts';
import type { Ssda903TableName } from './fields.ts';

/** Each table's columns, as formats.md writes them. */
export const TABLE_HEADERS: Readonly<Record<Ssda903TableName, readonly string[]>> = {
  Header: ['CHILD', 'SEX', 'DOB', 'ETHNIC', 'UPN', 'MOTHER', 'MC_DOB'],
  Episodes: [
    'CHILD',
    'DECOM',
    'RNE',
    'LS',
    'CIN',
    'PLACE',
    'PLACE_PROVIDER',
    'DEC',
    'REC',
    'REASON_PLACE_CHANGE',
    'HOME_POST',
    'PL_POST',
    'URN',
  ],
  UASC: ['CHILD', 'SEX', 'DOB', 'DUC'],
  OC3: ['CHILD', 'DOB', 'IN_TOUCH', 'ACTIV', 'ACCOM'],
  Missing: ['CHILD', 'DOB', 'MISSING', 'MIS_START', 'MIS_END'],
  Reviews: ['CHILD', 'DOB', 'REVIEW', 'REVIEW_CODE'],
};

/** A table's file with its canonical headers. */
export function tableFile(
  table: Ssda903TableName,
  rows: readonly Cells[],
  name = `${table.toLowerCase()}.csv`,
): SourceFile {
  return csvFile(name, TABLE_HEADERS[table], rows);
}

/** An Episodes row: child, DECOM, RNE, LS, PLACE, then DEC and REC when given. */
export function episode(
  child: string,
  decom: string,
  rne: string,
  ls: string,
  dec = '',
  rec = '',
  place = 'U1',
): Cells {
  return { CHILD: child, DECOM: decom, RNE: rne, LS: ls, PLACE: place, DEC: dec, REC: rec };
}

export function headerRow(child: string, sex = '1', dob = '01/06/2012'): Cells {
  return { CHILD: child, SEX: sex, DOB: dob, ETHNIC: 'WBRI' };
}
