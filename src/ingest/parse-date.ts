/**
 * Dates as councils' files write them: `dd/mm/yyyy` (or `d/m/yyyy`, `-` or `.` between), ISO
 * `yyyy-mm-dd`, either with a time after it, or an Excel serial number (the 1900 date system).
 */
import { type Day, dayOf, daysInMonth } from '../domain/index.ts';

/** Why a non-blank cell is not a date. */
export type DateProblem = 'not-a-date' | 'no-such-day' | 'excel-leap-day';

const SLASH = 47;
const DASH = 45;
const DOT = 46;
/** Excel's day 0 in the 1900 system, counting its fake 29 February 1900. */
const EXCEL_DAY_ZERO = -25_569; // 30/12/1899
const EXCEL_FAKE_LEAP_DAY = 60;
const EXCEL_LAST_DAY = 2_958_465; // 31/12/9999
/** The years whose months' first days are kept in a table (`realDay`): 1900 to 2099. */
const TABLE_FROM = 1900;
const TABLE_YEARS = 200;
const MONTH_STARTS = Int32Array.from({ length: 12 * TABLE_YEARS }, (_, i) =>
  dayOf(TABLE_FROM + Math.floor(i / 12), (i % 12) + 1, 1),
);
const MONTH_LENGTHS = Uint8Array.from({ length: 12 * TABLE_YEARS }, (_, i) =>
  daysInMonth(TABLE_FROM + Math.floor(i / 12), (i % 12) + 1),
);
const TIME = /^[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?$/;

/** The day written in `text` (trimmed, not blank), or why it is not one. */
export function parseDate(text: string): Day | DateProblem {
  return parseDateIn(text, 0, text.length);
}

/**
 * The day written in `text` from `from` to `to` (trimmed, not blank), or why it is not one:
 * a CSV reader's cell, read where it lies in the file's text.
 */
export function parseDateIn(text: string, from: number, to: number): Day | DateProblem {
  return (
    ukDay(text, from, to) ?? anyDay(from === 0 && to === text.length ? text : text.slice(from, to))
  );
}

/**
 * The day of a text that is exactly `dd/mm/yyyy`, as nearly every date in a council's file is;
 * null for any other text. Such a date is read by position, without the search for separators
 * and a time that other forms need, and gives what `anyDay` would.
 */
function ukDay(text: string, from: number, to: number): Day | DateProblem | null {
  if (
    to - from !== 10 ||
    text.charCodeAt(from + 2) !== SLASH ||
    text.charCodeAt(from + 5) !== SLASH
  ) {
    return null;
  }
  const dom = digitsOnly(text, from, from + 2);
  const month = digitsOnly(text, from + 3, from + 5);
  const year = digitsOnly(text, from + 6, to);
  return dom < 0 || month < 0 || year < 0 ? null : realDay(year, month, dom);
}

/** The number `text` writes from `from` to `to`; -1 when a character there is not a digit. */
function digitsOnly(text: string, from: number, to: number): number {
  let value = 0;
  for (let i = from; i < to; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

/** A date in any of the forms the module reads. */
function anyDay(text: string): Day | DateProblem {
  const end = dateEnd(text);
  if (end < 0) return 'not-a-date';
  const first = digitsEnd(text, 0, end);
  if (first === 0) return 'not-a-date';
  if (first === end) return excelDay(text, first);
  if (text.charCodeAt(first) === DOT && digitsEnd(text, first + 1, end) === end) {
    return excelDay(text, first);
  }
  return calendarDay(text, first, end);
}

/** Where the date part ends: before a time such as ` 00:00` or `T00:00:00Z`; -1 if malformed. */
function dateEnd(text: string): number {
  const space = text.indexOf(' ');
  const at = space >= 0 ? space : text.indexOf('T');
  if (at < 0) return text.length;
  return TIME.test(text.slice(at)) ? at : -1;
}

/** The index of the first non-digit at or after `from`, at most `to`. */
function digitsEnd(text: string, from: number, to: number): number {
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) break;
    i++;
  }
  return i;
}

function digitsValue(text: string, from: number, to: number): number {
  let value = 0;
  for (let i = from; i < to; i++) value = value * 10 + text.charCodeAt(i) - 48;
  return value;
}

/** Three runs of digits with the same separator: year first when it has four digits. */
function calendarDay(text: string, first: number, end: number): Day | DateProblem {
  const sep = text.charCodeAt(first);
  if (sep !== SLASH && sep !== DASH && sep !== DOT) return 'not-a-date';
  const second = digitsEnd(text, first + 1, end);
  if (second === first + 1 || second - first > 3 || text.charCodeAt(second) !== sep) {
    return 'not-a-date';
  }
  if (digitsEnd(text, second + 1, end) !== end) return 'not-a-date';
  const middle = digitsValue(text, first + 1, second);
  const lastLength = end - second - 1;
  if (first === 4 && isShort(lastLength)) {
    return realDay(digitsValue(text, 0, first), middle, digitsValue(text, second + 1, end));
  }
  if (isShort(first) && lastLength === 4) {
    return realDay(digitsValue(text, second + 1, end), middle, digitsValue(text, 0, first));
  }
  return 'not-a-date';
}

function isShort(digits: number): boolean {
  return digits === 1 || digits === 2;
}

/**
 * The day of a year, month and day of the month, or why there is none. Years of the table,
 * nearly every date a council writes, are looked up in it: three million dates a large read.
 */
function realDay(year: number, month: number, dom: number): Day | DateProblem {
  const i = (year - TABLE_FROM) * 12 + month - 1;
  if (year >= TABLE_FROM && i < MONTH_STARTS.length && month >= 1 && month <= 12) {
    return dom >= 1 && dom <= MONTH_LENGTHS[i]! ? MONTH_STARTS[i]! + dom - 1 : 'no-such-day';
  }
  if (year < 1000) return 'not-a-date';
  if (month < 1 || month > 12 || dom < 1 || dom > daysInMonth(year, month)) return 'no-such-day';
  return dayOf(year, month, dom);
}

/** An Excel serial number; any fraction (the time of day) is dropped. */
function excelDay(text: string, wholeEnd: number): Day | DateProblem {
  if (wholeEnd > 7) return 'not-a-date';
  const serial = digitsValue(text, 0, wholeEnd);
  if (serial < 1 || serial > EXCEL_LAST_DAY) return 'not-a-date';
  if (serial === EXCEL_FAKE_LEAP_DAY) return 'excel-leap-day';
  return EXCEL_DAY_ZERO + serial + (serial < EXCEL_FAKE_LEAP_DAY ? 1 : 0);
}
