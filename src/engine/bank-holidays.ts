/** England and Wales bank holidays: the standing rules, their weekend substitutes, and one-offs. */
import { type Day, dayOf, daysInMonth, weekday } from '../domain/index.ts';

/** Holidays added and standing holidays taken away in one year (indicators.md, Working days). */
interface OneOff {
  add: readonly [number, number][];
  remove: readonly [number, number][];
}

const ONE_OFFS: ReadonlyMap<number, OneOff> = new Map([
  [2011, { add: [[4, 29]], remove: [] }],
  [
    2012,
    {
      add: [
        [6, 4],
        [6, 5],
      ],
      remove: [[5, 28]],
    },
  ],
  [2020, { add: [[5, 8]], remove: [[5, 4]] }],
  [
    2022,
    {
      add: [
        [6, 2],
        [6, 3],
        [9, 19],
      ],
      remove: [[5, 30]],
    },
  ],
  [2023, { add: [[5, 8]], remove: [] }],
]);

/** Easter Sunday by the Gregorian computus (Meeus/Jones/Butcher). */
export function easterSunday(year: number): Day {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
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
  const dom = ((h + l - 7 * m + 114) % 31) + 1;
  return dayOf(year, month, dom);
}

function isWeekend(day: Day): boolean {
  const w = weekday(day);
  return w === 0 || w === 6;
}

/** The first Monday of a month. */
function firstMonday(year: number, month: number): Day {
  const first = dayOf(year, month, 1);
  return first + ((8 - weekday(first)) % 7);
}

/** The last Monday of a month. */
function lastMonday(year: number, month: number): Day {
  const last = dayOf(year, month, daysInMonth(year, month));
  return last - ((weekday(last) + 6) % 7);
}

/**
 * Fixed-date holidays with weekend substitutes: those on a weekday stand; each one at a weekend
 * moves, in order, to the next weekday not already a holiday (Christmas on a Saturday gives
 * Monday 27 and Tuesday 28; on a Sunday, Boxing Day is Monday 26 and Christmas Tuesday 27).
 */
function withSubstitutes(dates: readonly Day[]): Day[] {
  const taken = dates.filter((d) => !isWeekend(d));
  for (const date of dates.filter(isWeekend)) {
    let sub = date + 1;
    while (isWeekend(sub) || taken.includes(sub)) sub += 1;
    taken.push(sub);
  }
  return taken;
}

function standingHolidays(year: number): Day[] {
  const easter = easterSunday(year);
  return [
    ...withSubstitutes([dayOf(year, 1, 1)]),
    easter - 2,
    easter + 1,
    firstMonday(year, 5),
    lastMonday(year, 5),
    lastMonday(year, 8),
    ...withSubstitutes([dayOf(year, 12, 25), dayOf(year, 12, 26)]),
  ];
}

/** The England and Wales bank holidays of a calendar year, in date order. */
export function bankHolidays(year: number): Day[] {
  const oneOff = ONE_OFFS.get(year);
  if (!oneOff) return standingHolidays(year).sort((a, b) => a - b);
  const removed = oneOff.remove.map(([m, d]) => dayOf(year, m, d));
  const kept = standingHolidays(year).filter((day) => !removed.includes(day));
  const added = oneOff.add.map(([m, d]) => dayOf(year, m, d));
  return [...kept, ...added].sort((a, b) => a - b);
}
