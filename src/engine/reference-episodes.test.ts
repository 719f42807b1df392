/**
 * The looked-after indicators from SSDA903 episodes against a day-by-day reading: for each child
 * and day, whether the child is looked after (an episode other than V3 or V4 open that day) and
 * in which placement (a placement begins with a spell and with each episode whose RNE is S, P,
 * B, T or U), on seeded random chains of episodes.
 */
import { describe, expect, it } from 'vitest';
import {
  addMonths,
  addYears,
  type CareEpisode,
  type Day,
  type LegalStatus,
  type NewEpisodeReason,
  parseIsoDay,
  type RecordSet,
} from '../domain/index.ts';
import { coverage, recordSet } from './fixture.ts';
import { child } from './fixture-care.ts';
import { computeSeries } from './series.ts';

const BASE = parseIsoDay('2018-01-01')!;
const DAYS = 2600;
const STATUSES: LegalStatus[] = ['C2', 'C2', 'C2', 'C1', 'V2', 'E1', 'V3', 'V4'];
const CHANGES: NewEpisodeReason[] = ['L', 'L', 'L', 'L', 'P', 'T', 'B', 'U'];

function random(seed: number): (n: number) => number {
  let a = seed;
  return (n) => {
    a = (Math.imul(a, 1_103_515_245) + 12_345) >>> 0;
    return Math.floor(((a >>> 8) / 16_777_216) * n);
  };
}

/** Periods of 1 to 4 episodes (X1 between them), apart by at least a day, the last maybe open. */
function chains(childId: string, pick: (n: number) => number): CareEpisode[] {
  const out: CareEpisode[] = [];
  for (let day = BASE + pick(400); day < BASE + DAYS - 500; day += 1 + pick(200)) {
    const n = 1 + pick(4);
    for (let k = 0; k < n; k++) {
      const end = day + 1 + pick(700);
      const last = k === n - 1;
      const open = last && end > BASE + DAYS - 700 && pick(2) === 0;
      out.push({
        childId,
        startDate: day,
        endDate: open ? null : end,
        reasonNew: k === 0 ? 'S' : CHANGES[pick(CHANGES.length)]!,
        legalStatus: STATUSES[pick(STATUSES.length)]!,
        placement: 'U1',
        reasonEnded: open ? null : last ? 'E11' : 'X1',
        reasonPlaceChange: null,
      });
      day = end;
      if (open) return out;
    }
  }
  return out;
}

function randomEpisodes(seed: number): RecordSet {
  const pick = random(seed);
  const ids = Array.from({ length: 40 }, (_, i) => `E${i}`);
  const careEpisodes = ids.flatMap((id) => chains(id, pick)).reverse();
  const children = ids.map((id) => ({
    ...child(id, null),
    birthDate: pick(5) === 0 ? null : BASE - pick(365 * 10),
  }));
  return recordSet({ careEpisodes, children });
}

interface Days {
  /** Looked after on day `BASE + i`. */
  inCare: boolean[];
  /** The placement's start on that day (meaningful when in care). */
  placement: number[];
  /** The first day of the run of care days that day is in. */
  since: number[];
}

function daysOf(episodes: CareEpisode[]): Days {
  const days: Days = { inCare: [], placement: [], since: [] };
  const own = [...episodes].sort((a, b) => a.startDate - b.startDate);
  for (let i = 0; i < DAYS; i++) {
    const d = BASE + i;
    const e = own.find((x) => x.startDate <= d && (x.endDate === null || x.endDate > d));
    const inCare = e !== undefined && e.legalStatus !== 'V3' && e.legalStatus !== 'V4';
    const before = i > 0 && days.inCare[i - 1]!;
    const newPlacement = e !== undefined && e.startDate === d && e.reasonNew !== 'L';
    days.inCare.push(inCare);
    days.since.push(inCare && before ? days.since[i - 1]! : d);
    days.placement.push(inCare && before && !newPlacement ? days.placement[i - 1]! : d);
  }
  return days;
}

type Figure = [number | null, number | null, number | null];
const percent = (n: number, d: number): Figure => [d === 0 ? null : (100 * n) / d, n, d];

interface Reading {
  days: Days;
  birth: Day | null;
}

function readingOf(r: RecordSet): Reading[] {
  const children = [...new Set(r.careEpisodes.map((x) => x.childId))];
  return children.map((c) => ({
    days: daysOf(r.careEpisodes.filter((x) => x.childId === c)),
    birth: r.children.find((x) => x.childId === c)?.birthDate ?? null,
  }));
}

function reference(byChild: Reading[], id: string, s: Day, e: Day): Figure {
  const on = (days: Days, d: Day) => days.inCare[d - BASE] ?? false;
  const some = (test: (days: Days, d: Day) => boolean) =>
    byChild.filter(({ days }) => {
      for (let d = s; d <= e; d++) if (test(days, d)) return true;
      return false;
    }).length;
  const open = byChild.filter(({ days }) => on(days, e));
  switch (id) {
    case 'cla_open':
      return [open.length, open.length, null];
    case 'cla_starts': {
      const n = some((days, d) => on(days, d) && !on(days, d - 1));
      return [n, n, null];
    }
    case 'cla_ceased': {
      const n = some((days, d) => !on(days, d) && on(days, d - 1));
      return [n, n, null];
    }
    case 'cla_3plus_placements_pct': {
      const many = open.filter(({ days }) => {
        const seen = new Set<number>();
        for (let d = s; d <= e; d++) if (on(days, d)) seen.add(days.placement[d - BASE]!);
        return seen.size >= 3;
      });
      return percent(many.length, open.length);
    }
    case 'cla_long_term_stability_pct': {
      // a child of unknown age who has been looked after 2.5 years might be in the base
      const longTerm = open.filter(
        ({ days, birth }) =>
          (birth === null || e < addYears(birth, 16)) && e >= addMonths(days.since[e - BASE]!, 30),
      );
      const of = longTerm.filter(({ birth }) => birth !== null);
      const hits = of.filter(({ days }) => e >= addYears(days.placement[e - BASE]!, 2));
      if (of.length === 0 && longTerm.length > 0) return [null, null, null];
      return percent(hits.length, of.length);
    }
    default:
      throw new Error(id);
  }
}

const IDS = [
  'cla_open',
  'cla_starts',
  'cla_ceased',
  'cla_3plus_placements_pct',
  'cla_long_term_stability_pct',
];

describe('looked-after indicators from episodes agree with a day-by-day reading', () => {
  for (const seed of [11, 12, 13]) {
    it(`on random episodes ${seed}`, () => {
      const records = randomEpisodes(seed);
      const covered = coverage('2019-04-01', '2024-03-31');
      const reading = readingOf(records);
      let compared = 0;
      const cases = new Map<string, number>();
      for (const series of computeSeries(records, { coverage: covered })) {
        if (!IDS.includes(series.indicatorId)) continue;
        for (const p of series.points) {
          const s = parseIsoDay(p.covers?.start ?? p.start)!;
          const e = parseIsoDay(p.covers?.end ?? p.end)!;
          const expected = reference(reading, series.indicatorId, s, e);
          expect(
            [p.value, p.numerator, p.denominator],
            `${series.indicatorId} ${p.period}`,
          ).toEqual(expected);
          compared += 1;
          cases.set(series.indicatorId, (cases.get(series.indicatorId) ?? 0) + (expected[1] ?? 0));
        }
      }
      expect(compared).toBeGreaterThan(800);
      for (const id of IDS) expect(cases.get(id), `${id} has cases`).toBeGreaterThan(5);
    });
  }
});
