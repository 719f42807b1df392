/** The engine's indicators by catalogue id: adding an indicator is adding an entry here. */
import { assessmentMedian } from './assessment-median.ts';
import { assessmentsCompleted, assessmentsWithin45Percent } from './assessments.ts';
import { assessmentsOpenOver45 } from './assessments-open.ts';
import { contactsCount } from './contacts.ts';
import type { Context } from './context.ts';
import type { Evaluate } from './figure.ts';
import {
  contactsToReferralPercent,
  referralsToAssessmentPercent,
  s47ToIcpcPercent,
} from './funnel.ts';
import { claOpen } from './looked-after.ts';
import { cppOpen } from './protection.ts';
import {
  referralRatePer10k,
  referralsCount,
  referralsNfaPercent,
  rereferralsPercent,
} from './referrals.ts';
import { icpcsCount, icpcToCppPercent, icpcWithin15Percent, s47Enquiries } from './section47.ts';

/** Builds, from the records' columns, the figure of any window over the covered days. */
export type Compute = (ctx: Context) => Evaluate;

export const COMPUTE: ReadonlyMap<string, Compute> = new Map<string, Compute>([
  ['contacts', contactsCount],
  ['referrals', referralsCount],
  ['referral_rate_per_10k', referralRatePer10k],
  ['rereferrals_12m_pct', rereferralsPercent],
  ['referrals_nfa_pct', referralsNfaPercent],
  ['assessments_completed', assessmentsCompleted],
  ['assessments_within_45wd_pct', assessmentsWithin45Percent],
  ['assessment_median_wd', assessmentMedian],
  ['assessments_open_over_45wd', assessmentsOpenOver45],
  ['s47_enquiries', s47Enquiries],
  ['icpcs', icpcsCount],
  ['icpc_within_15wd_pct', icpcWithin15Percent],
  ['icpc_to_cpp_pct', icpcToCppPercent],
  ['cpp_open', cppOpen],
  ['cla_open', claOpen],
  ['contacts_to_referral_pct', contactsToReferralPercent],
  ['referrals_to_assessment_pct', referralsToAssessmentPercent],
  ['s47_to_icpc_pct', s47ToIcpcPercent],
]);
