/** CSV text as spreadsheets write it: CRLF line ends, a field quoted only when it must be. */

/** Whether a field holds a comma, a quote or a line break (a loop: faster than a regex here). */
function needsQuotes(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c === 44 || c === 34 || c === 10 || c === 13) return true;
  }
  return false;
}

/** One field, quoted (with inner quotes doubled) when it holds a comma, quote or line break. */
export function csvField(value: string): string {
  return needsQuotes(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** A header row and a line per item (its cells already joined), each ended by CRLF. */
export function csvText<T>(
  header: readonly string[],
  items: readonly T[],
  line: (item: T) => string,
): string {
  const lines = new Array<string>(items.length + 1);
  lines[0] = header.map(csvField).join(',');
  for (let i = 0; i < items.length; i++) lines[i + 1] = line(items[i]!);
  return `${lines.join('\r\n')}\r\n`;
}
