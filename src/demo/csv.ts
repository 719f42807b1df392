/** CSV text as spreadsheets write it: CRLF line ends, a field quoted only when it must be. */

const NEEDS_QUOTES = /[",\r\n]/;

/** One field, quoted (with inner quotes doubled) when it holds a comma, quote or line break. */
export function csvField(value: string): string {
  return NEEDS_QUOTES.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

function csvLine(row: readonly string[]): string {
  for (let i = 0; i < row.length; i++) {
    if (NEEDS_QUOTES.test(row[i]!)) return row.map(csvField).join(',');
  }
  return row.join(',');
}

/** A header row and a row per item, each line ended by CRLF. */
export function csvText<T>(
  header: readonly string[],
  items: readonly T[],
  row: (item: T) => readonly string[],
): string {
  const lines = new Array<string>(items.length + 1);
  lines[0] = csvLine(header);
  for (let i = 0; i < items.length; i++) lines[i + 1] = csvLine(row(items[i]!));
  return `${lines.join('\r\n')}\r\n`;
}
