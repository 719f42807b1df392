/**
 * Funnel indicators (threshold monitoring, local): `contacts_to_referral_pct`,
 * `referrals_to_assessment_pct` and `s47_to_icpc_pct`. "0-30 days after" is calendar days:
 * the same day (0) up to and including the 30th day after.
 */

import { NONE } from './columns.ts';
import type { Context } from './context.ts';
import { dayCountPrefix, eventPrefix } from './daily.ts';
import { type Evaluate, flowPercent } from './figure.ts';
import { followedBy } from './follow-ups.ts';
import { FOLLOW_UP_DAYS } from './record-columns.ts';

/** One more than the largest child index of a column (0 when it is empty). */
function childBound(child: Int32Array): number {
  let bound = 0;
  for (let i = 0; i < child.length; i++) bound = Math.max(bound, child[i]! + 1);
  return bound;
}

/** Of the events dated in the window, those in `hits`. */
function percentOf(ctx: Context, date: Int32Array, hits: Uint8Array): Evaluate {
  return flowPercent(ctx.span, eventPrefix(ctx.span, date, hits), ctx.eventPrefix(date));
}

/** Of contacts in the window, those whose child has a referral dated 0-30 days after it. */
export function contactsToReferralPercent(ctx: Context): Evaluate {
  const { span } = ctx;
  const { all, followed } = ctx.contactDays();
  return flowPercent(span, dayCountPrefix(span, followed), dayCountPrefix(span, all));
}

/** Of referrals in the window, those whose child has an assessment starting 0-30 days after. */
export function referralsToAssessmentPercent(ctx: Context): Evaluate {
  const referrals = ctx.referrals();
  const later = { date: ctx.assessments().start, child: ctx.assessmentChildren() };
  const childCount = Math.max(referrals.childCount, childBound(later.child));
  const hits = followedBy(referrals, later, FOLLOW_UP_DAYS, childCount);
  return percentOf(ctx, referrals.date, hits);
}

/** Of section 47 enquiries starting in the window, those with an ICPC date. */
export function s47ToIcpcPercent(ctx: Context): Evaluate {
  const { start, icpc } = ctx.s47s();
  const hits = new Uint8Array(icpc.length);
  for (let i = 0; i < icpc.length; i++) hits[i] = icpc[i] === NONE ? 0 : 1;
  return percentOf(ctx, start, hits);
}
