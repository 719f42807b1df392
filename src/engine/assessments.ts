/** Assessment indicators: `assessments_completed` and `assessments_within_45wd_pct`. */
import { type AssessmentColumns, NONE } from './columns.ts';
import type { Context } from './context.ts';
import { eventPrefix } from './daily.ts';
import { type Evaluate, flowCount, flowPercent } from './figure.ts';
import { workingDaysBetween } from './working-days.ts';

/** The DfE timescale for an assessment, in working days. */
const TIMESCALE = 45;

/**
 * 1 for each authorised assessment whose working-day duration from start to authorisation is
 * `limit` or less. An authorisation dated before the start (a date error) is not within
 * timescale: it stays in the base, not the hits, as a conference before its enquiry does.
 */
export function withinWorkingDays(cols: AssessmentColumns, limit: number): Uint8Array {
  const flags = new Uint8Array(cols.start.length);
  for (let i = 0; i < flags.length; i++) {
    const [start, authorised] = [cols.start[i]!, cols.authorised[i]!];
    if (authorised === NONE || authorised < start) continue;
    flags[i] = workingDaysBetween(start, authorised) <= limit ? 1 : 0;
  }
  return flags;
}

export function assessmentsWithin45Percent(ctx: Context): Evaluate {
  const cols = ctx.assessments();
  const hits = eventPrefix(ctx.span, cols.authorised, withinWorkingDays(cols, TIMESCALE));
  return flowPercent(ctx.span, hits, ctx.eventPrefix(cols.authorised));
}

/** Assessments with an authorisation date in the window. */
export function assessmentsCompleted(ctx: Context): Evaluate {
  return flowCount(ctx.span, ctx.eventPrefix(ctx.assessments().authorised));
}
