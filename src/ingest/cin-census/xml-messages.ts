/** What a census file's XML problems are told, in plain English. */

export const DOCTYPE_IGNORED =
  'The file has a DOCTYPE declaration. Outturn ignores it: no entity it declares is read and nothing it points to is loaded.';
export const NOT_UTF8 =
  'Some characters are not UTF-8 and are shown as "\uFFFD": export the census file as UTF-8 and import it again.';
export const STRAY_TEXT =
  'There is text here outside any data element: it is not read. Check the file was not edited by hand.';
export const NOT_CENSUS = (root: string) =>
  `This is not a CIN census file: its outermost element is <${root}>, not <Message>. Nothing is read from it.`;

const SAXES_POSITION = /^\d+:\d+: /;
const UNCLOSED = /^unclosed tag: (.*)$/;

/** The message for the parser's complaint `raw` (`3:17: undefined entity.`). */
export function xmlErrorMessage(raw: string): string {
  const problem = raw.replace(SAXES_POSITION, '');
  if (problem === 'undefined entity.') {
    return 'This refers to an entity that is not defined. Outturn reads only the five XML entities (&amp; &lt; &gt; &quot; &apos;) and character references: it never reads entities declared in a DOCTYPE nor loads anything from outside the file. Nothing more is read from this file.';
  }
  const unclosed = UNCLOSED.exec(problem);
  if (unclosed) {
    return `The file ends before <${unclosed[1]}> is closed: it looks cut short. Nothing more is read from this file; export it again.`;
  }
  if (problem === 'unexpected end.') {
    return 'The file ends in the middle of a tag: it looks cut short. Export it again.';
  }
  return `This is not well-formed XML (${problem}), so nothing more is read from this file.`;
}

/** Whether the parser's complaint is about text outside the root element, which is tolerated. */
export function isTextOutsideRoot(raw: string): boolean {
  return raw.endsWith('text data outside of root node.');
}
