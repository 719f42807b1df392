/** Days to and from the `yyyy-mm-dd` text of DATE columns, remembered (a few thousand distinct). */
import { type Day, isoDay, parseIsoDay } from '../domain/index.ts';

const textByDay = new Map<Day, string>();
const dayByText = new Map<string, Day>();

/** `yyyy-mm-dd` of a day. */
export function dateText(day: Day): string {
  let text = textByDay.get(day);
  if (text === undefined) {
    text = isoDay(day);
    textByDay.set(day, text);
  }
  return text;
}

/** The day of a DATE column's text; throws on anything else (the database is corrupt). */
export function dayOfText(text: string): Day {
  let day = dayByText.get(text);
  if (day === undefined) {
    const parsed = parseIsoDay(text);
    if (parsed === null)
      throw new Error(`expected a yyyy-mm-dd date from the database, got ${text}`);
    day = parsed;
    dayByText.set(text, day);
  }
  return day;
}

export function optionalDateText(day: Day | null): string | null {
  return day === null ? null : dateText(day);
}

export function optionalDay(text: string | null): Day | null {
  return text === null ? null : dayOfText(text);
}
