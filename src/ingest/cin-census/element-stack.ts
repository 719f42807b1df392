/**
 * The elements open at a point of a census file, with their paths. Inside a `<Header>` or a
 * `<Child>` it builds the elements as nodes, so that the reader gets one whole child at a time
 * and never more.
 */
import type { XmlNode } from './xml-node.ts';

/** Elements that repeat, so their paths say which one: `Child[12]`. */
const REPEATING = new Set([
  'Child',
  'CINdetails',
  'Assessments',
  'CINPlanDates',
  'Section47',
  'ChildProtectionPlans',
  'Disability',
  'AssessmentFactors',
  'CPPreviewDate',
]);

interface Frame {
  name: string;
  path: string;
  /** The node being built; null outside a Header or a Child. */
  node: XmlNode | null;
  /** How many of each repeating element this one holds so far. */
  counts: Map<string, number> | null;
}

/** Text outside any element kept in memory, to be reported where it was found. */
export interface StrayText {
  path: string;
  text: string;
}

export class ElementStack {
  private readonly frames: Frame[] = [];

  /** The path of the innermost open element; '' before the root. */
  get path(): string {
    return this.frames.at(-1)?.path ?? '';
  }

  get depth(): number {
    return this.frames.length;
  }

  open(name: string, line: number): void {
    const parent = this.frames.at(-1);
    const path = parent === undefined ? name : `${parent.path}/${name}${indexIn(parent, name)}`;
    const node = parent?.node ?? null;
    const startsNode = node === null && this.captures(name);
    const own = node !== null || startsNode ? { name, path, line, text: '', children: [] } : null;
    if (own !== null) node?.children.push(own);
    this.frames.push({ name, path, node: own, counts: null });
  }

  /** Adds text to the open element; returns it as stray when no node can hold it. */
  text(text: string): StrayText | null {
    const frame = this.frames.at(-1);
    if (frame?.node) {
      frame.node.text += text;
      return null;
    }
    return { path: frame?.path ?? '', text };
  }

  /**
   * Closes the innermost element. Returns its node when it is a whole Header or Child, and
   * reports text found beside child elements (mixed content) through `stray`.
   */
  close(stray: (found: StrayText, line: number) => void): XmlNode | null {
    const frame = this.frames.pop();
    const node = frame?.node;
    if (!node) return null;
    if (node.children.length > 0 && node.text.trim() !== '') {
      stray({ path: node.path, text: node.text }, node.line);
    }
    return this.frames.at(-1)?.node ? null : node;
  }

  /** Whether an element opened here is a Header (under the root) or a Child (under Children). */
  private captures(name: string): boolean {
    const depth = this.frames.length;
    if (name === 'Header') return depth === 1;
    return name === 'Child' && depth === 2 && this.frames[1]?.name === 'Children';
  }
}

/** `[n]` for the n-th repeating element of its name in `parent`; '' for others. */
function indexIn(parent: Frame, name: string): string {
  if (!REPEATING.has(name)) return '';
  parent.counts ??= new Map();
  const n = (parent.counts.get(name) ?? 0) + 1;
  parent.counts.set(name, n);
  return `[${n}]`;
}
