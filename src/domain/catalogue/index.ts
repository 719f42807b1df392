/**
 * The standard indicator catalogue (../shared/domain/indicators.md): ids and meanings are a
 * contract. The engine computes each child-level id; definitions here are what pages, exports
 * and benchmarks read. One file per family, in the order indicators.md lists them.
 */
import type { IndicatorDefinition } from '../indicator.ts';
import { ASSESSMENT_INDICATORS } from './assessments.ts';
import { FUNNEL_INDICATORS } from './funnel.ts';
import { LEAVER_INDICATORS } from './leavers.ts';
import { LOOKED_AFTER_INDICATORS } from './looked-after.ts';
import { PROTECTION_INDICATORS } from './protection.ts';
import { REFERRAL_INDICATORS } from './referrals.ts';
import { SECTION47_INDICATORS } from './section47.ts';
import { SUPPLIED_INDICATORS } from './supplied.ts';

export const CATALOGUE: readonly IndicatorDefinition[] = [
  ...REFERRAL_INDICATORS,
  ...ASSESSMENT_INDICATORS,
  ...SECTION47_INDICATORS,
  ...PROTECTION_INDICATORS,
  ...LOOKED_AFTER_INDICATORS,
  ...LEAVER_INDICATORS,
  ...FUNNEL_INDICATORS,
  ...SUPPLIED_INDICATORS,
];

export function findIndicator(id: string): IndicatorDefinition | undefined {
  return CATALOGUE.find((def) => def.id === id);
}
