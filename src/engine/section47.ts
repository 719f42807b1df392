/**
 * Section 47 indicators: `s47_enquiries`, `icpcs`, `icpc_within_15wd_pct`, `icpc_to_cpp_pct`.
 * A conference is a child and a date: enquiries of one child recording the same ICPC date are
 * one conference, held within timescale when any of them started on or before it and 15 working
 * days or less before it, and resulting in a plan when any of them says so.
 */
import { NONE } from './columns.ts';
import type { Context } from './context.ts';
import { eventPrefix } from './daily.ts';
import { type Evaluate, flowCount, flowPercent } from './figure.ts';
import { orderByDay } from './order.ts';
import type { S47Columns } from './s47-columns.ts';
import { workingDaysBetween } from './working-days.ts';

/** The Working Together timescale from strategy discussion to ICPC, in working days. */
const TIMESCALE = 15;

/**
 * Whether a conference on `icpc` is within timescale of an enquiry starting on `start`: on or
 * after it, and 15 working days or less later. A conference dated before its enquiry began
 * (a date error) is not: it stays in the base, not the hits.
 */
export function withinTimescale(start: number, icpc: number): boolean {
  return icpc >= start && workingDaysBetween(start, icpc) <= TIMESCALE;
}

/** Per enquiry: 1 on the one row standing for its conference, with flags merged onto it. */
export interface Conferences {
  held: Uint8Array;
  withinTimescale: Uint8Array;
  resultedInPlan: Uint8Array;
}

/** The rows with an ICPC date, in date order (a counting sort over those dates only). */
function rowsByIcpcDate(icpc: Int32Array): Int32Array {
  let n = 0;
  for (let i = 0; i < icpc.length; i++) if (icpc[i] !== NONE) n += 1;
  const rows = new Int32Array(n);
  const dates = new Int32Array(n);
  for (let i = 0, k = 0; i < icpc.length; i++) {
    if (icpc[i] === NONE) continue;
    rows[k] = i;
    dates[k++] = icpc[i]!;
  }
  return orderByDay(dates).map((k) => rows[k]!);
}

/** Conferences: rows of one child and ICPC date merged onto the first of them. */
function mergeConferences(cols: S47Columns): Conferences {
  const n = cols.icpc.length;
  const out = {
    held: new Uint8Array(n),
    withinTimescale: new Uint8Array(n),
    resultedInPlan: new Uint8Array(n),
  };
  const lastDate = new Int32Array(cols.childCount).fill(NONE);
  const first = new Int32Array(cols.childCount);
  for (const i of rowsByIcpcDate(cols.icpc)) {
    const child = cols.child[i]!;
    const date = cols.icpc[i]!;
    if (lastDate[child] !== date) {
      lastDate[child] = date;
      first[child] = i;
      out.held[i] = 1;
    }
    const at = first[child]!;
    if (withinTimescale(cols.start[i]!, date)) out.withinTimescale[at] = 1;
    if (cols.icpcPlan[i] === 1) out.resultedInPlan[at] = 1;
  }
  return out;
}

const MADE = new WeakMap<S47Columns, Conferences>();

/** The conferences of a context's section 47 columns, merged once and shared by indicators. */
export function conferencesOf(cols: S47Columns): Conferences {
  let made = MADE.get(cols);
  if (made === undefined) {
    made = mergeConferences(cols);
    MADE.set(cols, made);
  }
  return made;
}

export function s47Enquiries(ctx: Context): Evaluate {
  return flowCount(ctx.span, ctx.eventPrefix(ctx.s47s().start));
}

export function icpcsCount(ctx: Context): Evaluate {
  const cols = ctx.s47s();
  return flowCount(ctx.span, eventPrefix(ctx.span, cols.icpc, conferencesOf(cols).held));
}

/** Of conferences held in the window, those whose flag in `pick` is set. */
function conferencePercent(ctx: Context, pick: (c: Conferences) => Uint8Array): Evaluate {
  const cols = ctx.s47s();
  const conferences = conferencesOf(cols);
  const hits = eventPrefix(ctx.span, cols.icpc, pick(conferences));
  return flowPercent(ctx.span, hits, eventPrefix(ctx.span, cols.icpc, conferences.held));
}

export function icpcWithin15Percent(ctx: Context): Evaluate {
  return conferencePercent(ctx, (c) => c.withinTimescale);
}

export function icpcToCppPercent(ctx: Context): Evaluate {
  return conferencePercent(ctx, (c) => c.resultedInPlan);
}
