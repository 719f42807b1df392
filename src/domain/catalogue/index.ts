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

/** A family of indicators, as pages and reports group them. */
export interface CatalogueSection {
  /** A stable slug for links: `contacts-and-referrals`. */
  id: string;
  title: string;
  indicators: readonly IndicatorDefinition[];
}

/** The catalogue by family, in indicators.md order. */
export const CATALOGUE_SECTIONS: readonly CatalogueSection[] = [
  {
    id: 'contacts-and-referrals',
    title: 'Contacts and referrals',
    indicators: REFERRAL_INDICATORS,
  },
  { id: 'assessments', title: 'Assessments', indicators: ASSESSMENT_INDICATORS },
  {
    id: 'section-47',
    title: 'Section 47 enquiries and conferences',
    indicators: SECTION47_INDICATORS,
  },
  { id: 'child-protection', title: 'Child protection plans', indicators: PROTECTION_INDICATORS },
  { id: 'looked-after', title: 'Children looked after', indicators: LOOKED_AFTER_INDICATORS },
  { id: 'care-leavers', title: 'Care leavers', indicators: LEAVER_INDICATORS },
  { id: 'funnel', title: 'From contact to plan: the funnel', indicators: FUNNEL_INDICATORS },
  {
    id: 'supplied',
    title: 'Adult social care, surveys and audits',
    indicators: SUPPLIED_INDICATORS,
  },
];

/** Where a council's own indicators are grouped. */
export const LOCAL_SECTION = { id: 'local', title: 'Local indicators' } as const;

export function findIndicator(id: string): IndicatorDefinition | undefined {
  return CATALOGUE.find((def) => def.id === id);
}
