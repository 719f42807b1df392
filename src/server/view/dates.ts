/** Dates as people read them on the dashboard: "31 October 2026", "1 Oct to 31 Oct 2026". */
import { MONTH_NAMES as MONTHS, parseIsoDay, ymd } from '../../domain/index.ts';

function partsOf(iso: string): [number, number, number] {
  const day = parseIsoDay(iso);
  if (day === null) throw new Error(`Not a date: ${iso}`);
  return ymd(day);
}

function monthName(month: number, short: boolean): string {
  const name = MONTHS[month - 1] ?? '';
  return short ? name.slice(0, 3) : name;
}

/** `2026-10-31` → `31 October 2026`. */
export function longDate(iso: string): string {
  const [y, m, d] = partsOf(iso);
  return `${d} ${monthName(m, false)} ${y}`;
}

/** `2026-10-01`, `2026-10-31` → `1 Oct to 31 Oct 2026`; the start's year is shown only when it differs. */
export function dateRange(startIso: string, endIso: string): string {
  const [sy, sm, sd] = partsOf(startIso);
  const [ey, em, ed] = partsOf(endIso);
  const startYear = sy === ey ? '' : ` ${sy}`;
  return `${sd} ${monthName(sm, true)}${startYear} to ${ed} ${monthName(em, true)} ${ey}`;
}
