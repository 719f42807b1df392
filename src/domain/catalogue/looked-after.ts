/** Children looked after: child-level indicators the engine computes (indicators.md). */
import type { IndicatorDefinition } from '../indicator.ts';

const NUMBERS = 'DfE Children looked after in England: numbers and rates per 10,000 children';
const STABILITY = 'DfE Children looked after in England: placement stability';

const CARE = { source: 'child-level', basis: 'DfE' } as const;

/**
 * How each child's time looked after is read, for every indicator here: SSDA903 episodes where
 * a child has them (they are the record of the time they cover), Annex A List 8 periods for the
 * rest; short breaks only (legal status V3 or V4) never count as looked after.
 */
const SPELLS =
  "A child's time looked after comes from SSDA903 episodes where the child has them (legal status at each date, V3 and V4 episodes left out, so moving onto short breaks only ends the spell and coming off them starts one), and from Annex A List 8 periods otherwise. Annex A gives a period's current legal status and the date it started (\"Start date of current legal status\"); before that date the status is not known to be V3 or V4, so a V3 or V4 period counts as looked after from its start until the day that status started (or the period's end, if sooner): that day ends the child's time looked after, as an SSDA903 move onto short breaks only does, and the period's own later end is not a cessation. A V3 or V4 status dated from the period's start or before, or undated, leaves the whole period out. A child's overlapping periods count as one.";

export const LOOKED_AFTER_INDICATORS: readonly IndicatorDefinition[] = [
  {
    id: 'cla_open',
    title: 'Children looked after',
    description: `Distinct children looked after at the window's end, excluding short breaks only (legal status V3 or V4). ${SPELLS}`,
    unit: 'count',
    polarity: 'neutral',
    kind: 'snapshot',
    ...CARE,
    benchmark: { measure: 'cla_open', publication: NUMBERS },
  },
  {
    id: 'cla_rate_per_10k',
    title: 'Children looked after per 10,000 children',
    description:
      'cla_open per 10,000 children aged 0-17 (ONS mid-year estimate: mid-(Y-1) for a window ending in financial year Y-1..Y), shown as a whole number (DfE); no rate without a population.',
    unit: 'rate_per_10k',
    polarity: 'neutral',
    kind: 'snapshot',
    decimals: 0,
    ...CARE,
    benchmark: { measure: 'cla_rate_per_10k', publication: NUMBERS },
  },
  {
    id: 'cla_starts',
    title: 'Children who started to be looked after',
    description: `Distinct children who started to be looked after in the window (List 8 "Date Started to be Looked After", SSDA903 episode with RNE S), V3 and V4 excluded; a child starting twice in the window counts once. ${SPELLS}`,
    unit: 'count',
    polarity: 'neutral',
    kind: 'flow',
    ...CARE,
    benchmark: { measure: 'cla_starts', publication: NUMBERS },
  },
  {
    id: 'cla_ceased',
    title: 'Children who ceased to be looked after',
    description: `Distinct children whose period of care ended in the window (List 8 "Date Ceased to be Looked After", SSDA903 episode with REC other than X1), V3 and V4 excluded: a period moving onto short breaks only ends the day that status started; a child ceasing twice in the window counts once. ${SPELLS}`,
    unit: 'count',
    polarity: 'neutral',
    kind: 'flow',
    ...CARE,
    benchmark: { measure: 'cla_ceased', publication: NUMBERS },
  },
  {
    id: 'cla_3plus_placements_pct',
    title: 'Children looked after with 3 or more placements in the year',
    description:
      'Of children looked after at the end of the year, those with 3 or more placements during it. From SSDA903 episodes: a placement starts with the first episode of a spell and with each episode whose RNE is S, P, B, T or U, and every placement open at the year\'s start or starting in it counts. From Annex A: List 8 "Number of Placements in the Last 12 months", read only for the year whose covered end is the extract\'s date (the data\'s "as at"), so a year in progress counts the 12 months to that date. A child whose count cannot be known (an Annex A period in an earlier year, or a blank count) is left out of both numerator and denominator; when no looked-after child\'s count is known, the value, numerator and denominator are all null (not known), not 0 of 0 (no cases).',
    unit: 'percent',
    polarity: 'lower_is_better',
    kind: 'snapshot',
    windows: ['year'],
    ...CARE,
    benchmark: { measure: 'cla_3plus_placements_pct', publication: STABILITY },
  },
  {
    id: 'cla_long_term_stability_pct',
    title: 'Long-term placement stability',
    description:
      'Of children looked after at the window\'s end who are under 16 then (before their 16th birthday) and have been looked after continuously for 2.5 years or more (a spell begun 30 calendar months or more before), those in the same placement for 2 years or more. The placement comes from SSDA903 episodes on any date, or from Annex A "Start Date of Most Recent Placement" on the extract\'s date (the data\'s "as at") only: Annex A does not say where a child was placed before, so for a window ending earlier its children are not known. A child whose date of birth or placement is not known is left out of both numerator and denominator; when no child who may be in the base is known, the value, numerator and denominator are all null (not known), not 0 of 0 (no cases).',
    unit: 'percent',
    polarity: 'higher_is_better',
    kind: 'snapshot',
    ...CARE,
    benchmark: { measure: 'cla_long_term_stability_pct', publication: STABILITY },
  },
];
