/**
 * The cells of a target as councils write them: the financial year (`2024-25`, `2024/25`,
 * `FY24/25`, `202425`, or a bare `2025`), the tolerance kind (absolute or relative) and a monthly
 * profile of 12 numbers. Shared by the file reader and the targets form.
 */
import { financialYearOf } from '../../domain/index.ts';
import { lowerAlphanumerics } from '../lower-alphanumerics.ts';
import { parseSuppliedNumber } from '../supplied/number.ts';
import { parsePeriod } from '../supplied/period.ts';

export type ToleranceKind = 'absolute' | 'relative';

/** A financial year: its starting calendar year, and whether it was a bare year such as `2025`. */
export interface FinancialYear {
  year: number;
  bare: boolean;
}

const SHORT = /^(?:fy\s*)?(\d{2})\s*[-/]\s*(\d{2})$/;
const JOINED = /^(?:fy\s*)?(\d{4})(\d{2})$/;
const BARE = /^(?:fy\s*)?(\d{4})$/;
const EARLIEST = 1990;
const LATEST = 2099;

/**
 * The financial year a cell names, by its starting calendar year; null when it names none. A bare
 * year is the financial year starting in April of it (`2025` is 2025-26), as Outturn numbers them.
 */
export function parseFinancialYear(text: string): FinancialYear | null {
  const t = text
    .trim()
    .toLowerCase()
    .replace(/[\u2013\u2014]/g, '-');
  const window = parsePeriod(t);
  if (window?.kind === 'year') return inRange(financialYearOf(window.start), false);
  const short = SHORT.exec(t);
  if (short) {
    const [from, to] = [Number(short[1]), Number(short[2])];
    return to === (from + 1) % 100 ? inRange(from < 70 ? 2000 + from : 1900 + from, false) : null;
  }
  const joined = JOINED.exec(t);
  if (joined) {
    const [from, to] = [Number(joined[1]), Number(joined[2])];
    return to === (from + 1) % 100 ? inRange(from, false) : null;
  }
  const bare = BARE.exec(t);
  return bare ? inRange(Number(bare[1]), true) : null;
}

function inRange(year: number, bare: boolean): FinancialYear | null {
  return year >= EARLIEST && year <= LATEST ? { year, bare } : null;
}

const ABSOLUTE = new Set([
  'absolute',
  'abs',
  'a',
  'points',
  'percentagepoints',
  'pp',
  'units',
  'fixed',
  'number',
]);
const RELATIVE = new Set([
  'relative',
  'rel',
  'r',
  'percent',
  'percentage',
  'pct',
  'oftarget',
  'percentoftarget',
  'percentageoftarget',
  'proportion',
]);

/** `absolute` (in the indicator's unit) or `relative` (a percentage of the target); null if neither. */
export function parseToleranceKind(text: string): ToleranceKind | null {
  const t = text.trim();
  if (t === '%' || t.startsWith('% ')) return 'relative';
  const key = lowerAlphanumerics(t);
  if (ABSOLUTE.has(key)) return 'absolute';
  if (RELATIVE.has(key)) return 'relative';
  return null;
}

export const PROFILE_MONTHS = 12;

/**
 * A monthly profile: 12 numbers, April to March, separated by semicolons, commas or spaces
 * (semicolons when the numbers have thousands separators); each 0 or more, not all 0. Any scale:
 * shares are normalised where used.
 * The problem in words when it is not one.
 */
export function parseProfile(text: string): number[] | string {
  const parts = splitProfile(text.trim());
  const numbers = parts.map(parseSuppliedNumber);
  const bad = parts.findIndex((_, i) => numbers[i] === null);
  if (bad >= 0) return `"${parts[bad]}" is not a number: give 12 numbers, April to March.`;
  const shares = numbers as number[];
  if (shares.length !== PROFILE_MONTHS)
    return `A profile has 12 numbers, April to March; this has ${shares.length}.`;
  if (shares.some((n) => n < 0)) return 'A month’s share cannot be below 0.';
  if (shares.every((n) => n === 0)) return 'At least one month’s share must be above 0.';
  return shares;
}

/** Semicolons when there are any (numbers may then have thousands separators), else commas, else spaces. */
function splitProfile(text: string): string[] {
  if (text === '') return [];
  const separator = text.includes(';') ? ';' : text.includes(',') ? ',' : /\s+/;
  return text.split(separator).map((p) => p.trim());
}
