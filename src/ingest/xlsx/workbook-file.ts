/** Whether a file is (or claims to be) a workbook rather than CSV text. */
import { extname } from 'node:path';
import { isOle, isZip } from './zip-check.ts';

const WORKBOOK_NAME = /^\.xl(?:s[xmb]?|t[xm])$/i;

/**
 * True when the bytes are a ZIP or OLE file or the name ends `.xlsx` (or `.xls`, `.xlsm`): such a
 * file is read as a workbook, so a damaged one gets the workbook's clear error, not CSV noise.
 */
export function isWorkbook(file: { name: string; bytes: Uint8Array }): boolean {
  return isZip(file.bytes) || isOle(file.bytes) || WORKBOOK_NAME.test(extname(file.name));
}
