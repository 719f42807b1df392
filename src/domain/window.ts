/**
 * Reporting windows: months, financial quarters and years, year to date and rolling 12 months,
 * with their labels, and which of them the data covers whole.
 */
import {
  addMonths,
  type Day,
  dayOf,
  daysInMonth,
  financialYearLabel,
  financialYearStart,
  pad2,
  ymd,
} from './day.ts';

export type WindowKind = 'month' | 'quarter' | 'year' | 'ytd' | 'r12';

export const WINDOW_KINDS: readonly WindowKind[] = ['month', 'quarter', 'year', 'ytd', 'r12'];

/** A window `[start, end]`, both days inclusive. */
export interface Window {
  kind: WindowKind;
  /** `2024-04`, `2024-25 Q1`, `2024-25`, `2024-25 to 2024-06`, `12m to 2024-06`. */
  period: string;
  start: Day;
  end: Day;
}

/** The days the data covers: from its start to its "as at" date, both inclusive. */
export interface Coverage {
  from: Day;
  asAt: Day;
}

/** A window with what the data covers of it; `partial` when that is not all of it. */
export interface CoveredWindow extends Window {
  partial: boolean;
  coveredStart: Day;
  coveredEnd: Day;
}

function monthEnd(year: number, month: number): Day {
  return dayOf(year, month, daysInMonth(year, month));
}

function monthLabel(year: number, month: number): string {
  return `${year}-${pad2(month)}`;
}

/** The window of one kind that ends with the month starting on `monthStart`, if any. */
function windowEndingIn(kind: WindowKind, monthStart: Day): Window | null {
  const [y, m] = ymd(monthStart);
  const end = monthEnd(y, m);
  const fyStart = financialYearStart(monthStart);
  const fy = ymd(fyStart)[0];
  const monthsIntoYear = (m + 8) % 12; // April = 0 .. March = 11
  switch (kind) {
    case 'month':
      return { kind, period: monthLabel(y, m), start: monthStart, end };
    case 'quarter':
      if (monthsIntoYear % 3 !== 2) return null;
      return {
        kind,
        period: `${financialYearLabel(fy)} Q${(monthsIntoYear + 1) / 3}`,
        start: addMonths(monthStart, -2),
        end,
      };
    case 'year':
      if (monthsIntoYear !== 11) return null;
      return { kind, period: financialYearLabel(fy), start: fyStart, end };
    case 'ytd':
      return {
        kind,
        period: `${financialYearLabel(fy)} to ${monthLabel(y, m)}`,
        start: fyStart,
        end,
      };
    case 'r12':
      return { kind, period: `12m to ${monthLabel(y, m)}`, start: addMonths(monthStart, -11), end };
    default: {
      const unreachable: never = kind;
      return unreachable;
    }
  }
}

/**
 * Every window of the given kinds that overlaps the coverage, in order of end date then kind,
 * each marked partial where it reaches outside the coverage.
 */
export function windowsFor(coverage: Coverage, kinds: readonly WindowKind[]): CoveredWindow[] {
  const out: CoveredWindow[] = [];
  if (coverage.asAt < coverage.from) return out;
  const [fy, fm] = ymd(coverage.from);
  const [ly, lm] = ymd(coverage.asAt);
  // Windows that end after the as-at date but start within coverage: include the one that
  // contains the as-at date for every kind (a quarter or year in progress).
  const lastMonth = dayOf(ly, lm, 1);
  const horizon = addMonths(lastMonth, 11);
  for (let month = dayOf(fy, fm, 1); month <= horizon; month = addMonths(month, 1)) {
    for (const kind of kinds) {
      const w = windowEndingIn(kind, month);
      if (!w || w.end < coverage.from || w.start > coverage.asAt) continue;
      if (kind !== 'quarter' && kind !== 'year' && month > lastMonth) continue;
      const coveredStart = Math.max(w.start, coverage.from);
      const coveredEnd = Math.min(w.end, coverage.asAt);
      out.push({
        ...w,
        partial: coveredStart !== w.start || coveredEnd !== w.end,
        coveredStart,
        coveredEnd,
      });
    }
  }
  return out;
}
