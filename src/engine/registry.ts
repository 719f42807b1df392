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
import {
  careLeaversEet1718,
  careLeaversEet1921,
  careLeaversSuitable1718,
  careLeaversSuitable1921,
} from './leavers.ts';
import { claCeased, claOpen, claRatePer10k, claStarts } from './looked-after.ts';
import { cla3PlusPlacementsPercent } from './placements.ts';
import { cppRepeat2yPercent, cppRepeatPercent } from './plan-repeats.ts';
import {
  cppEnded2yPlusPercent,
  cppEnds,
  cppOpen,
  cppOpen2yPlusPercent,
  cppOpen15mPlus,
  cppRatePer10k,
  cppStarts,
} from './protection.ts';
import {
  referralRatePer10k,
  referralsCount,
  referralsNfaPercent,
  rereferralsPercent,
} from './referrals.ts';
import { icpcsCount, icpcToCppPercent, icpcWithin15Percent, s47Enquiries } from './section47.ts';
import { claLongTermStabilityPercent } from './stability.ts';

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
  ['cpp_starts', cppStarts],
  ['cpp_ends', cppEnds],
  ['cpp_open', cppOpen],
  ['cpp_rate_per_10k', cppRatePer10k],
  ['cpp_repeat_pct', cppRepeatPercent],
  ['cpp_repeat_2y_pct', cppRepeat2yPercent],
  ['cpp_ended_2y_plus_pct', cppEnded2yPlusPercent],
  ['cpp_open_2y_plus_pct', cppOpen2yPlusPercent],
  ['cpp_open_15m_plus', cppOpen15mPlus],
  ['cla_open', claOpen],
  ['cla_rate_per_10k', claRatePer10k],
  ['cla_starts', claStarts],
  ['cla_ceased', claCeased],
  ['cla_3plus_placements_pct', cla3PlusPlacementsPercent],
  ['cla_long_term_stability_pct', claLongTermStabilityPercent],
  ['care_leavers_eet_17_18_pct', careLeaversEet1718],
  ['care_leavers_eet_19_21_pct', careLeaversEet1921],
  ['care_leavers_suitable_accom_17_18_pct', careLeaversSuitable1718],
  ['care_leavers_suitable_accom_19_21_pct', careLeaversSuitable1921],
  ['contacts_to_referral_pct', contactsToReferralPercent],
  ['referrals_to_assessment_pct', referralsToAssessmentPercent],
  ['s47_to_icpc_pct', s47ToIcpcPercent],
]);
