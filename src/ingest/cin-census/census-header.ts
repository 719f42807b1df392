/** The census file's Header: its collection year, reference date and local authority. */
import type { Issue } from '../../domain/index.ts';
import { parseDate } from '../parse-date.ts';
import type { CensusFileSummary } from '../read-result.ts';
import { firstChild, type XmlNode } from './xml-node.ts';

/** Header/CollectionDetails/Year and ReferenceDate, and Header/Source/LEA; null when absent. */
export function readHeader(node: XmlNode): Omit<CensusFileSummary, 'file' | 'repeated'> {
  const details = firstChild(node, 'CollectionDetails');
  return {
    year: textOf(firstChild(details, 'Year')),
    referenceDate: textOf(firstChild(details, 'ReferenceDate')),
    la: textOf(firstChild(firstChild(node, 'Source'), 'LEA')),
  };
}

function textOf(node: XmlNode | undefined): string | null {
  const text = node?.text.trim() ?? '';
  return text === '' ? null : text;
}

/**
 * A warning when a file's reference date is before one read earlier: files are read in the
 * order given, so the older file's records would win where the two differ.
 */
export function orderWarning(
  file: string,
  referenceDate: string | null,
  latestEarlier: string | null,
): Issue | null {
  if (referenceDate === null || latestEarlier === null) return null;
  const day = parseDate(referenceDate);
  const earlier = parseDate(latestEarlier);
  if (typeof day !== 'number' || typeof earlier !== 'number' || day >= earlier) return null;
  return {
    severity: 'warning',
    file,
    sheet: 'Message/Header/CollectionDetails/ReferenceDate',
    value: referenceDate,
    message: `This census is older than one given before it (reference date ${latestEarlier}). Files are read in the order given and a later file's records win, so give census files oldest first.`,
  };
}
