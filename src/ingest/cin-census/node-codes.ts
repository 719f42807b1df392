/** Coded census values read through the code sets shared with Annex A and SSDA903. */
import type { CodeReader } from '../code-set.ts';
import { UNREADABLE } from '../code-table.ts';
import type { NodeReader } from './node-reader.ts';
import { childrenNamed, firstChild, type XmlNode } from './xml-node.ts';

/** The code of `parent`'s `name` element; unknown text kept as written, with a warning. */
export function nodeCode(
  reader: NodeReader,
  parent: XmlNode | undefined,
  name: string,
  codes: CodeReader,
): string | null {
  const text = reader.text(parent, name);
  if (text === null || parent === undefined) return text;
  const code = codes.read(text);
  if (code !== UNREADABLE) return code;
  reader.report({ severity: 'warning', value: text, message: codes.unknown }, parent, name);
  return text;
}

/**
 * Whether the child has a disability, as Annex A's "Does the Child have a Disability" says it:
 * true for any Disability code but NONE, false for NONE alone, null when none is given.
 */
export function hasDisability(child: XmlNode): boolean | null {
  const list = firstChild(firstChild(child, 'ChildCharacteristics'), 'Disabilities');
  const codes = childrenNamed(list, 'Disability')
    .map((node) => node.text.trim().toUpperCase())
    .filter((code) => code !== '');
  if (codes.length === 0) return null;
  return codes.some((code) => code !== 'NONE');
}
