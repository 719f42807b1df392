/**
 * The generic core for local indicators: a rule (domain/rule.ts) read into the same per-day
 * tallies as the built-in indicators. Each condition is tested once per record; windows then
 * cost O(1) each.
 */
import type { Condition, Day, IndicatorDefinition, RecordSet, Rule } from '../domain/index.ts';
import { NONE, OPEN } from './columns.ts';
import { eventPrefix, onDay, openTally, type Span } from './daily.ts';
import { count, type Evaluate, flowCount, flowPercent, percent } from './figure.ts';
import { workingDaysBetween } from './working-days.ts';

type Fields = Readonly<Record<string, unknown>>;

function fieldOf(record: Fields, field: string): unknown {
  const value = record[field];
  return value === undefined ? null : value;
}

function within(n: number, c: { atLeast?: number; atMost?: number }): boolean {
  return (c.atLeast === undefined || n >= c.atLeast) && (c.atMost === undefined || n <= c.atMost);
}

function duration(record: Fields, between: { from: string; to: string; days: string }) {
  const from = fieldOf(record, between.from);
  const to = fieldOf(record, between.to);
  if (typeof from !== 'number' || typeof to !== 'number' || to < from) return null;
  return between.days === 'working' ? workingDaysBetween(from, to) : to - from;
}

/** Whether one record meets one condition; a blank meets only `blank: true`. */
export function meets(record: Fields, c: Condition): boolean {
  if ('between' in c) {
    const days = duration(record, c.between);
    return days !== null && within(days, c);
  }
  const value = fieldOf(record, c.field);
  if ('blank' in c) return (value === null) === c.blank;
  if ('is' in c) return value !== null && c.is.includes(value as string | number | boolean);
  return typeof value === 'number' && within(value, c);
}

/** 1 for each record that meets every condition. */
function flags(records: readonly Fields[], conditions: readonly Condition[] = []): Uint8Array {
  const out = new Uint8Array(records.length);
  for (let i = 0; i < records.length; i++) {
    const r = records[i]!;
    out[i] = conditions.every((c) => meets(r, c)) ? 1 : 0;
  }
  return out;
}

function dayColumn(records: readonly Fields[], field: string, blank: Day): Int32Array {
  const out = new Int32Array(records.length);
  for (let i = 0; i < records.length; i++) {
    const value = fieldOf(records[i]!, field);
    out[i] = typeof value === 'number' ? value : blank;
  }
  return out;
}

function both(a: Uint8Array, b: Uint8Array): Uint8Array {
  return a.map((x, i) => x & b[i]!);
}

function openPerDay(span: Span, starts: Int32Array, ends: Int32Array, include: Uint8Array) {
  const tally = openTally(span);
  for (let i = 0; i < starts.length; i++) {
    if (include[i] === 1 && starts[i] !== NONE) tally.add(starts[i]!, ends[i]!);
  }
  return tally.perDay();
}

function flow(span: Span, rule: Rule, records: readonly Fields[], isPercent: boolean): Evaluate {
  const dates = dayColumn(records, rule.date ?? '', NONE);
  const counted = flags(records, rule.where);
  const of = eventPrefix(span, dates, counted);
  if (!isPercent) return flowCount(span, of);
  return flowPercent(span, eventPrefix(span, dates, both(counted, flags(records, rule.hit))), of);
}

function snapshot(span: Span, rule: Rule, records: readonly Fields[], isPercent: boolean) {
  const open = rule.open ?? { start: '', end: '' };
  const starts = dayColumn(records, open.start, NONE);
  const ends = dayColumn(records, open.end, OPEN);
  const counted = flags(records, rule.where);
  const of = openPerDay(span, starts, ends, counted);
  if (!isPercent) return ((_start, end) => count(onDay(of, span, end))) satisfies Evaluate;
  const hits = openPerDay(span, starts, ends, both(counted, flags(records, rule.hit)));
  return ((_start, end) =>
    percent(onDay(hits, span, end), onDay(of, span, end))) satisfies Evaluate;
}

/**
 * Builds a local indicator's figure for any window: a count of the records its rule counts,
 * or (unit `percent`) the share of them that also meet its `hit` conditions. A flow counts
 * records whose `date` falls in the window; a snapshot, those open at the window's end.
 */
export function evaluateRule(
  def: IndicatorDefinition & { rule: Rule },
  records: RecordSet,
  span: Span,
): Evaluate {
  const list = records[def.rule.list] as unknown as readonly Fields[];
  const isPercent = def.unit === 'percent';
  return def.rule.open
    ? snapshot(span, def.rule, list, isPercent)
    : flow(span, def.rule, list, isPercent);
}
