/**
 * Typed values from a census element's child elements: trimmed, absent or empty as null, and
 * every value that cannot be read reported with the file, element path, line and value found.
 */
import type { Day, Gender, Issue } from '../../domain/index.ts';
import { dateMessage } from '../cell-messages.ts';
import { UNREADABLE, type Unreadable } from '../code-table.ts';
import { parseGender, parseYesNo } from '../parse-code.ts';
import { parseCount } from '../parse-count.ts';
import { parseDate } from '../parse-date.ts';
import { firstChild, type XmlNode } from './xml-node.ts';

const NOT_BOOLEAN = 'Cannot read this as true or false: the census uses true, false, 1 or 0.';
const NOT_GENDER =
  'Cannot read this as a gender: the census uses 0, 1, 2 or 9 (GenderCurrent) or M, F or U (Sex).';
const NOT_COUNT = 'Cannot read this as a count: use a whole number, 0 or more.';
/** Distinct texts shared per file, so a million "1A"s are one string. */
const SHARED_TEXT_LIMIT = 10_000;

export class NodeReader {
  private readonly shared = new Map<string, string>();

  constructor(
    private readonly file: string,
    private readonly issues: Issue[],
  ) {}

  /** The trimmed text of `parent`'s first `name` element; '' when absent or empty. */
  raw(parent: XmlNode | undefined, name: string): string {
    return firstChild(parent, name)?.text.trim() ?? '';
  }

  text(parent: XmlNode | undefined, name: string): string | null {
    const text = this.raw(parent, name);
    return text === '' ? null : this.share(text);
  }

  /** Text that `parent` must have; an error when it is absent or empty. */
  requiredText(parent: XmlNode | undefined, name: string, holder: XmlNode): string | null {
    return this.text(parent, name) ?? this.missing(parent ?? holder, name);
  }

  date(parent: XmlNode | undefined, name: string): Day | null {
    const text = this.raw(parent, name);
    if (text === '') return null;
    const day = parseDate(text);
    return typeof day === 'number' ? day : this.fail(parent, name, text, dateMessage(day));
  }

  /** A date that `parent` must have; an error when it is absent or empty. */
  requiredDate(parent: XmlNode, name: string): Day | null {
    return this.raw(parent, name) === '' ? this.missing(parent, name) : this.date(parent, name);
  }

  yesNo(parent: XmlNode | undefined, name: string): boolean | null {
    return this.code(parent, name, parseYesNo, NOT_BOOLEAN);
  }

  gender(parent: XmlNode | undefined, name: string): Gender | null {
    return this.code(parent, name, parseGender, NOT_GENDER);
  }

  count(parent: XmlNode | undefined, name: string): number | null {
    return this.code(parent, name, parseCount, NOT_COUNT);
  }

  /** Records an issue about `parent`'s `name` element (or `parent` itself when it has none). */
  report(issue: Pick<Issue, 'severity' | 'message' | 'value'>, parent: XmlNode, name: string) {
    const element = firstChild(parent, name) ?? parent;
    this.issues.push({
      file: this.file,
      sheet: element.path,
      row: element.line,
      column: name,
      ...issue,
    });
  }

  private code<T>(
    parent: XmlNode | undefined,
    name: string,
    parse: (text: string) => T | Unreadable,
    message: string,
  ): T | null {
    const text = this.raw(parent, name);
    if (text === '') return null;
    const value = parse(text);
    return value === UNREADABLE ? this.fail(parent, name, text, message) : value;
  }

  private fail(parent: XmlNode | undefined, name: string, value: string, message: string): null {
    if (parent) this.report({ severity: 'error', value, message }, parent, name);
    return null;
  }

  private missing(parent: XmlNode, name: string): null {
    const message = `There is no ${name} in <${parent.name}>, which must have one: the record is not read.`;
    this.report({ severity: 'error', message }, parent, name);
    return null;
  }

  private share(text: string): string {
    const known = this.shared.get(text);
    if (known !== undefined) return known;
    if (this.shared.size < SHARED_TEXT_LIMIT) this.shared.set(text, text);
    return text;
  }
}
