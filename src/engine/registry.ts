/** The engine's indicators by catalogue id: adding an indicator is adding an entry here. */
import { assessmentsWithin45Percent } from './assessments.ts';
import type { Context } from './context.ts';
import type { Evaluate } from './figure.ts';
import { claOpen } from './looked-after.ts';
import { cppOpen } from './protection.ts';
import { referralsCount, rereferralsPercent } from './referrals.ts';

/** Builds, from the records' columns, the figure of any window over the covered days. */
export type Compute = (ctx: Context) => Evaluate;

export const COMPUTE: ReadonlyMap<string, Compute> = new Map<string, Compute>([
  ['referrals', referralsCount],
  ['rereferrals_12m_pct', rereferralsPercent],
  ['assessments_within_45wd_pct', assessmentsWithin45Percent],
  ['cpp_open', cppOpen],
  ['cla_open', claOpen],
]);
