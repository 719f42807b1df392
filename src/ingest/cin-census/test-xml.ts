/** Test helper: synthetic CIN census XML built in code (no real data anywhere). */

export type Fields = Readonly<Record<string, string>>;

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/** `<name>text</name>`, the text escaped. */
export function leaf(name: string, text: string): string {
  return `<${name}>${text.replace(/[&<>]/g, (c) => ESCAPES[c] ?? c)}</${name}>`;
}

/** An element holding other elements, one a line. */
export function node(name: string, ...content: readonly string[]): string {
  return [`<${name}>`, ...content, `</${name}>`].join('\n');
}

/** An element of leaf elements, in the order given, then any other elements. */
export function block(name: string, fields: Fields, ...more: readonly string[]): string {
  return node(name, ...Object.entries(fields).map(([n, text]) => leaf(n, text)), ...more);
}

export interface ChildSpec {
  /** ChildIdentifiers' leaves: LAchildID, PersonBirthDate, GenderCurrent or Sex ... */
  ids: Fields;
  ethnicity?: string;
  /** Disability codes (NONE, MOB, HAND ...), written inside ChildCharacteristics. */
  disabilities?: readonly string[];
  /** CINdetails elements, made with `block`. */
  details: readonly string[];
}

export function child({ ids, ethnicity, disabilities, details }: ChildSpec): string {
  const codes = (disabilities ?? []).map((code) => leaf('Disability', code));
  const list = disabilities === undefined ? [] : [node('Disabilities', ...codes)];
  const fields: Fields = ethnicity === undefined ? {} : { Ethnicity: ethnicity };
  const characteristics =
    ethnicity === undefined && disabilities === undefined
      ? []
      : [block('ChildCharacteristics', fields, ...list)];
  return node('Child', block('ChildIdentifiers', ids), ...characteristics, ...details);
}

export interface Census {
  year: string;
  referenceDate?: string;
  la?: string;
  children: readonly string[];
}

/** The Message's opening: header and `<Children>`; children and `closing` follow. */
export function opening({ year, referenceDate = `${year}-03-31`, la = '999' }: Census): string {
  const collection = block('CollectionDetails', {
    Collection: 'CIN',
    Year: year,
    ReferenceDate: referenceDate,
  });
  const source = block('Source', { SourceLevel: 'L', LEA: la, SoftwareCode: 'Test', Release: '1' });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<Message>',
    node('Header', collection, source),
    '<Children>',
  ].join('\n');
}

export const CLOSING = '</Children>\n</Message>\n';

export function censusXml(census: Census): string {
  return [opening(census), ...census.children, CLOSING].join('\n');
}

/** The 1-based line of the first occurrence of `text` in `xml`. */
export function lineOf(xml: string, text: string): number {
  return xml.slice(0, xml.indexOf(text)).split('\n').length;
}
