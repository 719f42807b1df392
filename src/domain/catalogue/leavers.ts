/** Care leavers (SSDA903 OC3, Annex A List 9): child-level cohort indicators (indicators.md). */
import type { IndicatorDefinition } from '../indicator.ts';

const ACTIVITY_TABLE = "DfE Children looked after in England: care leavers' activity";
const ACCOMMODATION_TABLE =
  "DfE Children looked after in England: care leavers' accommodation suitability";

/** Who is in a cohort, as DfE counts care leavers, for all four indicators. */
const COHORT =
  "The cohort is the care leavers whose birthday at those ages falls in the window, as DfE counts care leavers aged 17 and 18 or 19 to 21 in a year (SSDA903 OC3: information taken around the birthday in the year); a care leaver is in it on the birthday's date (29 February giving 28 February). Care leavers who have died or returned home (in touch: DIED, RHOM) are not in it, left out of both numerator and denominator, as in DfE's tables; those not in touch, refusing contact or no longer needing services are. A care leaver without a known date of birth cannot be placed in a cohort. Each care leaver has one record, the latest: windows long before it use that record too.";

const ACTIVITY =
  'Education, employment or training: an activity code starting F (full time) or P (part time) — higher education, other education, training or employment, apprenticeships. NEET (G4, G5, G6), not known (0) and blank stay in the denominator.';

const ACCOMMODATION =
  'Suitable: Annex A "Suitability of Accommodation" when given, else an SSDA903 accommodation code ending in 1. Unsuitable, not known and blank stay in the denominator.';

const LEAVER = {
  unit: 'percent',
  polarity: 'higher_is_better',
  kind: 'cohort',
  source: 'child-level',
  basis: 'DfE',
} as const;

export const LEAVER_INDICATORS: readonly IndicatorDefinition[] = [
  {
    id: 'care_leavers_eet_17_18_pct',
    title: 'Care leavers aged 17 and 18 in education, employment or training',
    description: `Of care leavers turning 17 or 18 in the window, those in education, employment or training. ${ACTIVITY} ${COHORT}`,
    ...LEAVER,
    benchmark: { measure: 'care_leavers_eet_17_18_pct', publication: ACTIVITY_TABLE },
  },
  {
    id: 'care_leavers_eet_19_21_pct',
    title: 'Care leavers aged 19 to 21 in education, employment or training',
    description: `Of care leavers turning 19, 20 or 21 in the window, those in education, employment or training. ${ACTIVITY} ${COHORT}`,
    ...LEAVER,
    benchmark: { measure: 'care_leavers_eet_19_21_pct', publication: ACTIVITY_TABLE },
  },
  {
    id: 'care_leavers_suitable_accom_17_18_pct',
    title: 'Care leavers aged 17 and 18 in suitable accommodation',
    description: `Of care leavers turning 17 or 18 in the window, those in suitable accommodation. ${ACCOMMODATION} ${COHORT}`,
    ...LEAVER,
    benchmark: {
      measure: 'care_leavers_suitable_accom_17_18_pct',
      publication: ACCOMMODATION_TABLE,
    },
  },
  {
    id: 'care_leavers_suitable_accom_19_21_pct',
    title: 'Care leavers aged 19 to 21 in suitable accommodation',
    description: `Of care leavers turning 19, 20 or 21 in the window, those in suitable accommodation. ${ACCOMMODATION} ${COHORT}`,
    ...LEAVER,
    benchmark: {
      measure: 'care_leavers_suitable_accom_19_21_pct',
      publication: ACCOMMODATION_TABLE,
    },
  },
];
