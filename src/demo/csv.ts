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

/** Lines joined a chunk at a time: short-lived lines, few long strings, less work for the GC. */
const CHUNK = 2000;

/** A header row and a line per item (its cells already joined), each ended by CRLF. */
export function csvText<T>(
  header: readonly string[],
  items: readonly T[],
  line: (item: T) => string,
): string {
  const chunks = [header.map(csvField).join(',')];
  for (let from = 0; from < items.length; from += CHUNK) {
    const lines = new Array<string>(Math.min(CHUNK, items.length - from));
    for (let i = 0; i < lines.length; i++) lines[i] = line(items[from + i]!);
    chunks.push(lines.join('\r\n'));
  }
  return `${chunks.join('\r\n')}\r\n`;
}
