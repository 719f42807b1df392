/** One element of a census file held in memory: a `<Child>` or the `<Header>`, with all inside. */

export interface XmlNode {
  name: string;
  /** Where it is, for messages: `Message/Children/Child[12]/CINdetails[1]`. */
  path: string;
  /** The line its start tag ends on. */
  line: number;
  /** The text directly inside it, untrimmed ('' when none). */
  text: string;
  children: XmlNode[];
}

/** The first child element with this name. */
export function firstChild(node: XmlNode | undefined, name: string): XmlNode | undefined {
  return node?.children.find((child) => child.name === name);
}

/** Every child element with this name, in file order. */
export function childrenNamed(node: XmlNode | undefined, name: string): XmlNode[] {
  return node === undefined ? [] : node.children.filter((child) => child.name === name);
}
