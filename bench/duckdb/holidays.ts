/**
 * England and Wales bank holidays, written again from indicators.md's rules for the DuckDB
 * oracle (not taken from the engine, so the two calendars check each other). ISO dates.
 */

function iso(y: number, m: number, d: number): string {
  return new Date(Date.UTC(y, m - 1, d)).toISOString().slice(0, 10);
}

/** 0 = Sunday .. 6 = Saturday. */
function dow(y: number, m: number, d: number): number {
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

/** Easter Sunday (Gregorian; the anonymous "Meeus/Jones/Butcher" algorithm) as [month, day]. */
function easter(y: number): [number, number] {
  const a = y % 19;
  const b = Math.floor(y / 100);
  const c = y % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return [month, day];
}

function firstMonday(y: number, m: number): number {
  return 1 + ((8 - dow(y, m, 1)) % 7);
}

function lastMonday(y: number, m: number, days: number): number {
  return days - ((dow(y, m, days) + 6) % 7);
}

function shifted(y: number, m: number, d: number, days: number): string {
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** New Year's Day, or the Monday after when it falls at a weekend. */
function newYear(y: number): string {
  const w = dow(y, 1, 1);
  return iso(y, 1, w === 6 ? 3 : w === 0 ? 2 : 1);
}

/** Christmas and Boxing Day with their substitute days. */
function christmas(y: number): string[] {
  switch (dow(y, 12, 25)) {
    case 5: // Friday: Boxing Day on Saturday, substitute Monday 28th
      return [iso(y, 12, 25), iso(y, 12, 28)];
    case 6: // Saturday: Monday 27th and Tuesday 28th
      return [iso(y, 12, 27), iso(y, 12, 28)];
    case 0: // Sunday: Boxing Day Monday, substitute Tuesday 27th
      return [iso(y, 12, 26), iso(y, 12, 27)];
    default:
      return [iso(y, 12, 25), iso(y, 12, 26)];
  }
}

const ONE_OFF = [
  '2011-04-29',
  '2012-06-04',
  '2012-06-05',
  '2020-05-08',
  '2022-06-02',
  '2022-06-03',
  '2022-09-19',
  '2023-05-08',
];

function yearHolidays(y: number): string[] {
  const [em, ed] = easter(y);
  const out = [newYear(y), shifted(y, em, ed, -2), shifted(y, em, ed, 1)];
  if (y !== 2020) out.push(iso(y, 5, firstMonday(y, 5)));
  if (y !== 2012 && y !== 2022) out.push(iso(y, 5, lastMonday(y, 5, 31)));
  out.push(iso(y, 8, lastMonday(y, 8, 31)), ...christmas(y));
  return out;
}

/** Every bank holiday from `fromYear` to `toYear`, both inclusive, sorted. */
export function oracleBankHolidays(fromYear: number, toYear: number): string[] {
  const out: string[] = [];
  for (let y = fromYear; y <= toYear; y++) out.push(...yearHolidays(y));
  for (const d of ONE_OFF)
    if (Number(d.slice(0, 4)) >= fromYear && Number(d.slice(0, 4)) <= toYear) out.push(d);
  return out.sort();
}
