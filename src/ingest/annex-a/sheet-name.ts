/** Which Annex A list a workbook sheet's name gives: `List 3`, `List3`, `L3`, `List 3 - Referrals`. */
import { listFromName } from './detect-list.ts';
import { ANNEX_A_LISTS, type AnnexAList } from './headers.ts';

const SHORT_NAME = /^\s*l[\s_.-]*0?(1[01]|[1-9])(?!\d)/i;

/** The list the sheet's name gives, if any. */
export function listFromSheetName(name: string): AnnexAList | null {
  const short = Number(SHORT_NAME.exec(name)?.[1]);
  return listFromName(name) ?? ANNEX_A_LISTS.find((list) => list === short) ?? null;
}
