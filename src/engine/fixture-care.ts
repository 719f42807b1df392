/** Builders of synthetic looked-after and care leaver records for the engine's tests. */
import {
  type CareEpisode,
  type CareLeaver,
  type CarePeriod,
  type Child,
  type Coverage,
  findIndicator,
  type LegalStatus,
  type NewEpisodeReason,
  type Point,
  type RecordSet,
  type WindowKind,
} from '../domain/index.ts';
import { day } from './fixture.ts';
import type { Population } from './population.ts';
import { computeSeries } from './series.ts';

const dayOrNull = (iso: string | null) => (iso === null ? null : day(iso));

/** An SSDA903 episode: DECOM, DEC (null: open), RNE, LS and REC (X1 continues the period). */
export function episode(
  childId: string,
  start: string,
  end: string | null,
  reasonNew: NewEpisodeReason,
  legalStatus: LegalStatus = 'C2',
  reasonEnded: string | null = end === null ? null : 'E11',
): CareEpisode {
  return {
    childId,
    startDate: day(start),
    endDate: dayOrNull(end),
    reasonNew,
    legalStatus,
    placement: 'U1',
    reasonEnded,
    reasonPlaceChange: null,
  };
}

/** An Annex A List 8 period with its placement details. */
export function period(
  childId: string,
  start: string,
  end: string | null,
  details: {
    placementStart?: string;
    placementsLast12m?: number;
    legalStatus?: LegalStatus;
    /** "Start date of current legal status". */
    legalStatusStart?: string;
  },
): CarePeriod {
  return {
    childId,
    startDate: day(start),
    endDate: dayOrNull(end),
    legalStatus: details.legalStatus ?? 'C2',
    legalStatusStart: dayOrNull(details.legalStatusStart ?? null),
    placementsLast12m: details.placementsLast12m ?? null,
    placementStart: dayOrNull(details.placementStart ?? null),
    placementType: null,
    reasonCeased: null,
  };
}

export function child(childId: string, birth: string | null): Child {
  return { childId, gender: null, ethnicity: null, birthDate: dayOrNull(birth) };
}

export function leaver(
  childId: string,
  birth: string | null,
  fields: Partial<Omit<CareLeaver, 'childId' | 'birthDate'>> = {},
): CareLeaver {
  return {
    childId,
    birthDate: dayOrNull(birth),
    eligibility: null,
    inTouch: 'YES',
    latestContact: null,
    accommodation: null,
    accommodationSuitable: null,
    activity: null,
    pathwayPlanReview: null,
    uasc: null,
    ...fields,
  };
}

/** The point of one indicator, computed alone, for the window with this period label. */
export function pointOf(
  records: RecordSet,
  id: string,
  covered: Coverage,
  period: string,
  kind: WindowKind = 'month',
  population?: Population,
): Point | undefined {
  const def = findIndicator(id);
  if (!def) throw new Error(`no indicator ${id}`);
  const options = { coverage: covered, kinds: [kind], indicators: [def] };
  const [series] = computeSeries(records, population ? { ...options, population } : options);
  return series?.points.find((p) => p.period === period);
}

/** [value, numerator, denominator] of that point. */
export function figureOf(...args: Parameters<typeof pointOf>) {
  const p = pointOf(...args);
  return p && [p.value, p.numerator, p.denominator];
}
