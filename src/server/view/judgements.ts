/**
 * An indicator's judgements in words: direction of travel against the previous period and the
 * same period last year, and statistical process control (variation and target assurance).
 */
import {
  type Assurance,
  type Direction,
  spc,
  travelOf,
  type Variation,
} from '../../assess/index.ts';
import type { IndicatorDefinition, Point } from '../../domain/index.ts';
import { longDate } from './dates.ts';
import type { SpcView, TravelView, TravelWord } from './model.ts';

const DIRECTION_WORDS: Record<Exclude<Direction, 'no_comparison'>, [string, string]> = {
  better: ['Better than', '↑'],
  worse: ['Worse than', '↓'],
  similar: ['Similar to', '→'],
  up: ['Up on', '↑'],
  down: ['Down on', '↓'],
};

function travelWord(direction: Direction, against: Point | null): TravelWord | null {
  if (direction === 'no_comparison' || against === null) return null;
  const [words, arrow] = DIRECTION_WORDS[direction];
  return { direction, arrow, text: `${words} ${against.period}` };
}

/** Direction of travel of the latest whole point; null when there is none. */
export function travelView(
  def: IndicatorDefinition,
  latest: Point | null,
  points: readonly Point[],
): TravelView | null {
  if (latest === null) return null;
  const travel = travelOf(latest, points, def);
  return {
    previous: travelWord(travel.previous.direction, travel.previous.point),
    lastYear: travelWord(travel.lastYear.direction, travel.lastYear.point),
  };
}

const VARIATION_WORDS: Record<Variation, string> = {
  common_cause: 'Common cause variation: no significant change',
  improvement: 'Special cause variation: improvement',
  concern: 'Special cause variation: concern',
  neutral_high: 'Special cause variation: higher than usual',
  neutral_low: 'Special cause variation: lower than usual',
};

const ASSURANCE_WORDS: Record<Assurance, string> = {
  reliably_met: 'The target will reliably be met',
  reliably_missed: 'The target will reliably be missed',
  hit_and_miss: 'The target will be met only some of the time (hit and miss)',
};

/**
 * SPC over the whole points of one window kind with a value, judged against the latest target;
 * null with fewer points than Making Data Count draws limits from.
 */
export function spcView(
  def: IndicatorDefinition,
  whole: readonly Point[],
  target: number | null,
  recalculateFrom: readonly string[] = [],
): SpcView | null {
  const points = whole.filter((p) => p.value !== null);
  const result = spc(
    points.map((p) => ({ start: p.start, value: p.value ?? 0 })),
    {
      polarity: def.polarity,
      ...(target === null ? {} : { target }),
      ...(recalculateFrom.length === 0 ? {} : { recalculateFrom }),
    },
  );
  if (result.variation === null) return null;
  const since = recalculateFrom.filter((d) => d <= (points.at(-1)?.start ?? '')).at(-1);
  const counted =
    since === undefined ? points.length : points.filter((p) => p.start >= since).length;
  return {
    variation: result.variation,
    variationText: VARIATION_WORDS[result.variation],
    assuranceText: result.assurance === null ? null : ASSURANCE_WORDS[result.assurance],
    basisText:
      since === undefined
        ? `from ${counted} periods`
        : `from ${counted} periods since the limits were recalculated from ${longDate(since)}`,
  };
}
