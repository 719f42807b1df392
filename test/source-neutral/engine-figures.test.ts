/**
 * Source-neutral figures: the same hand-made children written as an Annex A extract, as CIN
 * census XML (one file a year) and as SSDA903 returns (episodes one file a year) give the same
 * points — value, numerator, denominator, every window — for the ids each format can feed.
 *
 * What a format cannot carry is left out of the comparison, and said here:
 * - contacts, contacts_to_referral_pct: neither the census nor SSDA903 holds contacts.
 * - cla_3plus_placements_pct: Annex A gives "Number of Placements in the Last 12 months" only as
 *   at its extract, so only the year ending on the as-at date has a figure from it.
 * - cla_long_term_stability_pct: Annex A knows a child's placement only as at its extract, so
 *   the figures agree on the as-at date; before it Annex A gives no figure (not known) where
 *   SSDA903 episodes give one.
 */
import { describe, expect, it } from 'vitest';
import { type Point, parseIsoDay, type RecordSet } from '../../src/domain/index.ts';
import { computeSeries } from '../../src/engine/index.ts';
import { readCaseFiles, type SourceFile } from '../../src/ingest/index.ts';
import { AS_AT, FROM, POPULATION } from './children.ts';
import { annexAFiles } from './write-annex-a.ts';
import { cinCensusFiles } from './write-cin-census.ts';
import { ssda903Files } from './write-ssda903.ts';

const coverage = { from: parseIsoDay(FROM)!, asAt: parseIsoDay(AS_AT)! };

const FRONT_DOOR_IDS = [
  'referrals',
  'referral_rate_per_10k',
  'rereferrals_12m_pct',
  'referrals_nfa_pct',
  'assessments_completed',
  'assessments_within_45wd_pct',
  'assessment_median_wd',
  'assessments_open_over_45wd',
  's47_enquiries',
  'icpcs',
  'icpc_within_15wd_pct',
  'icpc_to_cpp_pct',
  'cpp_starts',
  'cpp_ends',
  'cpp_open',
  'cpp_rate_per_10k',
  'cpp_repeat_pct',
  'cpp_repeat_2y_pct',
  'cpp_ended_2y_plus_pct',
  'cpp_open_2y_plus_pct',
  'cpp_open_15m_plus',
  'referrals_to_assessment_pct',
  's47_to_icpc_pct',
];

const CARE_IDS = [
  'cla_open',
  'cla_rate_per_10k',
  'cla_starts',
  'cla_ceased',
  'care_leavers_eet_17_18_pct',
  'care_leavers_eet_19_21_pct',
  'care_leavers_suitable_accom_17_18_pct',
  'care_leavers_suitable_accom_19_21_pct',
];

type Figures = Map<string, Point[]>;

interface Read {
  records: RecordSet;
  figures: Figures;
  errors: number;
}

async function read(files: readonly SourceFile[]): Promise<Read> {
  const result = await readCaseFiles(files);
  const childKeys = result.childKeys ?? {};
  const series = computeSeries(result.records, { coverage, population: POPULATION, childKeys });
  return {
    records: result.records,
    figures: new Map(series.map((s) => [s.indicatorId, s.points])),
    errors: result.issues.filter((i) => i.severity === 'error').length,
  };
}

const [annexA, census, ssda903] = await Promise.all([
  read(annexAFiles()),
  read(cinCensusFiles()),
  read(ssda903Files()),
]);

const pointsOf = (figures: Figures, id: string) => figures.get(id) ?? [];
const yearPoint = (figures: Figures, id: string, period: string) =>
  pointsOf(figures, id).find((p) => p.window === 'year' && p.period === period);
const figure = (p: Point | undefined) => [p?.value, p?.numerator, p?.denominator];

describe('the same children in Annex A, the CIN census and SSDA903', () => {
  it('are read without errors', () => {
    expect([annexA.errors, census.errors, ssda903.errors]).toEqual([0, 0, 0]);
    expect(census.records.referrals).toHaveLength(annexA.records.referrals.length);
    expect(ssda903.records.careEpisodes.length).toBeGreaterThan(0);
  });

  it('give hand-worked figures at the edges (Annex A)', () => {
    const { figures } = annexA;
    // 2024-25: F1 exactly 12 months, F3 from 29 February, F6 within 12 months; not F2 (a day
    // late), F4, F7, F9
    expect(figure(yearPoint(figures, 'rereferrals_12m_pct', '2024-25'))).toEqual([300 / 7, 3, 7]);
    // 2022-23: F7's earlier referral predates the data and still counts
    expect(figure(yearPoint(figures, 'rereferrals_12m_pct', '2022-23'))).toEqual([50, 1, 2]);
    // F4 (Platinum Jubilee) and F7 (State Funeral): both exactly 45 working days
    expect(figure(yearPoint(figures, 'assessment_median_wd', '2022-23'))).toEqual([45, null, 2]);
    // F1 same day (0), F3 over Easter (45), F4 (47)
    expect(figure(yearPoint(figures, 'assessments_within_45wd_pct', '2024-25'))).toEqual([
      200 / 3,
      2,
      3,
    ]);
    // F4's first plan ended exactly 2 years after it started
    expect(figure(yearPoint(figures, 'cpp_ended_2y_plus_pct', '2024-25'))).toEqual([100, 1, 1]);
    // F5's plan ended on 31 March 2024: not open then; F4's first plan is
    expect(figure(yearPoint(figures, 'cpp_open', '2023-24'))).toEqual([1, 1, null]);
    // at 31 March 2025: L2, L3, L4, L6 (started that day), L8; not L7 (V4), L1, L5
    expect(figure(yearPoint(figures, 'cla_open', '2024-25'))).toEqual([5, 5, null]);
    // 2023-24: L4's care order and L5's return; not L4's short breaks (V3)
    expect(figure(yearPoint(figures, 'cla_starts', '2023-24'))).toEqual([2, 2, null]);
  });

  it('the CIN census gives the front door as Annex A does, every window', () => {
    for (const id of FRONT_DOOR_IDS) {
      expect({ id, points: pointsOf(census.figures, id) }).toEqual({
        id,
        points: pointsOf(annexA.figures, id),
      });
    }
  });

  it('SSDA903 gives children looked after and care leavers as Annex A does, every window', () => {
    for (const id of CARE_IDS) {
      expect({ id, points: pointsOf(ssda903.figures, id) }).toEqual({
        id,
        points: pointsOf(annexA.figures, id),
      });
    }
  });

  it('SSDA903 gives placement figures as Annex A does where Annex A knows the placements', () => {
    const atAsAt = (figures: Figures) =>
      pointsOf(figures, 'cla_3plus_placements_pct').filter((p) => p.end === AS_AT);
    expect(atAsAt(ssda903.figures)).toEqual(atAsAt(annexA.figures));
    expect(figure(atAsAt(annexA.figures)[0])).toEqual([20, 1, 5]);

    const stability = (figures: Figures, atAsAt: boolean) =>
      pointsOf(figures, 'cla_long_term_stability_pct').filter((p) => (p.end === AS_AT) === atAsAt);
    expect(stability(annexA.figures, true).length).toBeGreaterThan(0);
    expect(stability(ssda903.figures, true)).toEqual(stability(annexA.figures, true));
    expect(figure(yearPoint(annexA.figures, 'cla_long_term_stability_pct', '2024-25'))).toEqual([
      50, 1, 2,
    ]);
    // before it, Annex A does not know where its children were placed: not known, or no cases
    // when nobody was long-term looked after
    const fromEpisodes = stability(ssda903.figures, false);
    for (const p of stability(annexA.figures, false)) {
      const q = fromEpisodes.find((e) => e.window === p.window && e.period === p.period);
      if (p.denominator === null) expect(q?.denominator ?? 0).toBeGreaterThan(0);
      else
        expect([p, q].map(figure)).toEqual([
          [null, 0, 0],
          [null, 0, 0],
        ]);
    }
  });

  it('all three formats read together count each record once', async () => {
    const all = await read([...annexAFiles(), ...cinCensusFiles(), ...ssda903Files()]);
    expect(all.errors).toBe(0);
    for (const id of [...FRONT_DOOR_IDS, ...CARE_IDS]) {
      expect({ id, points: pointsOf(all.figures, id) }).toEqual({
        id,
        points: pointsOf(annexA.figures, id),
      });
    }
    for (const id of ['cla_3plus_placements_pct', 'cla_long_term_stability_pct']) {
      expect({ id, points: pointsOf(all.figures, id) }).toEqual({
        id,
        points: pointsOf(ssda903.figures, id),
      });
    }
  });
});
