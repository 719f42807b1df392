/**
 * Periods as councils write them (`2024/25`, `Q1 2024-25`, `Apr-24`, `12m to 2024-06`), resolved
 * into the window of the catalogue's kinds that they name.
 */
import {
  dayOf,
  daysInMonth,
  type Window,
  type WindowKind,
  windowsFor,
} from '../../domain/index.ts';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const FULL_MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

const YEAR = /^(?:fy\s*)?(\d{4})\s*[-/]\s*(\d{2}|\d{4})$/;
const QUARTER_AFTER = /^(.+?)\s*q([1-4])\s*(?:\((.*)\))?$/;
const QUARTER_BEFORE = /^q([1-4])\s*(.+)$/;
const ISO_MONTH = /^(\d{4})-(\d{2})$/;
const NAMED_MONTH = /^([a-z]+)\.?[\s\-/]*(\d{2}|\d{4})$/;
const YTD = /^(.+?)\s+(?:ytd\s+)?to\s+(.+)$/;
const R12 = /^(?:12\s*m|12\s*months|rolling\s*12\s*months)\s+to\s+(.+)$/;

interface Month {
  year: number;
  month: number;
}

/** The window a period names, with the catalogue's label; null when it names none. */
export function parsePeriod(text: string): Window | null {
  const t = text
    .trim()
    .toLowerCase()
    .replace(/[\u2013\u2014]/g, '-')
    .replace(/\s+/g, ' ');
  const r12 = R12.exec(t);
  const ytd = YTD.exec(t);
  const year = parseYear(t);
  return (
    (r12 ? ending('r12', parseMonth(r12[1] ?? '')) : null) ??
    (ytd ? yearToDate(parseYear(ytd[1] ?? ''), parseMonth(ytd[2] ?? '')) : null) ??
    (year === null ? null : ending('year', { year: year + 1, month: 3 })) ??
    ending('quarter', parseQuarter(t)) ??
    ending('month', parseMonth(t))
  );
}

/** The financial year's starting calendar year: 2024 for `2024-25`, `2024/25`, `2024-2025`. */
function parseYear(text: string): number | null {
  const m = YEAR.exec(text);
  if (!m) return null;
  const start = Number(m[1]);
  const end = m[2] ?? '';
  const expected = end.length === 2 ? (start + 1) % 100 : start + 1;
  return Number(end) === expected ? start : null;
}

/** The last month of the quarter: `2024-25 Q1`, `Q1 2024/25`, `2024-25 Q1 (Apr-Jun)`. */
function parseQuarter(text: string): Month | null {
  const after = QUARTER_AFTER.exec(text);
  const before = after ? null : QUARTER_BEFORE.exec(text);
  const yearText = after ? after[1] : before?.[2];
  const q = Number(after ? after[2] : before?.[1]);
  const year = parseYear(yearText ?? '');
  if (year === null || !(q >= 1 && q <= 4)) return null;
  const firstMonth = ((q * 3) % 12) + 1; // Q1 → 4 (April), Q4 → 1 (January)
  if (after?.[3] !== undefined && !bracketStartsWith(after[3], firstMonth)) return null;
  const lastMonth = firstMonth + 2;
  return { year: q === 4 ? year + 1 : year, month: lastMonth };
}

/** Whether a bracketed note such as `Apr-Jun` opens with the quarter's first month. */
function bracketStartsWith(note: string, month: number): boolean {
  const first = /^[a-z]+/.exec(note.trim())?.[0];
  return first === undefined || first.slice(0, 3) === MONTHS[month - 1];
}

/** `2024-04`, `Apr-24`, `April 2024`, `Sept 2024`. */
function parseMonth(text: string): Month | null {
  const iso = ISO_MONTH.exec(text);
  if (iso) return checkedMonth(Number(iso[1]), Number(iso[2]));
  const named = NAMED_MONTH.exec(text);
  if (!named) return null;
  const name = named[1] ?? '';
  const month = monthNumber(name);
  const digits = named[2] ?? '';
  const year = digits.length === 2 ? 2000 + Number(digits) : Number(digits);
  return month === null ? null : checkedMonth(year, month);
}

function monthNumber(name: string): number | null {
  const full = FULL_MONTHS.indexOf(name);
  if (full >= 0) return full + 1;
  const short = MONTHS.indexOf(name === 'sept' ? 'sep' : name);
  return short >= 0 ? short + 1 : null;
}

function checkedMonth(year: number, month: number): Month | null {
  return month >= 1 && month <= 12 ? { year, month } : null;
}

/** Year to date: the month must fall in the financial year named. */
function yearToDate(fy: number | null, month: Month | null): Window | null {
  if (fy === null || month === null) return null;
  const fyOfMonth = month.month >= 4 ? month.year : month.year - 1;
  return fyOfMonth === fy ? ending('ytd', month) : null;
}

/** The window of `kind` ending with the month, labelled as src/domain/window.ts labels it. */
function ending(kind: WindowKind, month: Month | null): Window | null {
  if (month === null) return null;
  const first = dayOf(month.year, month.month, 1);
  const last = dayOf(month.year, month.month, daysInMonth(month.year, month.month));
  const found = windowsFor({ from: first, asAt: first }, [kind]).find((w) => w.end === last);
  return found ? { kind, period: found.period, start: found.start, end: found.end } : null;
}
