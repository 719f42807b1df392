/** List 8: children looked after, one row per period of care in the extract. */
import { addMonths, type Day } from '../domain/index.ts';
import { LEGAL_STATUS_WORDS } from './codes.ts';
import { csvField } from './csv.ts';
import { ageAt, ukDate } from './dates.ts';
import type { CareRec, Placement } from './model.ts';
import type { Rng } from './random.ts';
import {
  asOf,
  childLine,
  dateAsAt,
  type Extract,
  inOrder,
  type ListSpec,
  recentDay,
  workerOf,
  yesNo,
} from './rows-common.ts';

const ELSEWHERE = ['Fenmarch', 'Ravenholt', 'Coldwater Dale', 'Highbarrow'];
const INWARD_LETTERS = 'ABDEFGHJLNPQRSTUWXYZ';

function latestBy<T extends { start: Day }>(items: readonly T[], ref: Day): T {
  let latest = items[0]!;
  for (const item of items) if (item.start <= ref) latest = item;
  return latest;
}

/** Placements that were current at some point in the 12 months to `ref`. */
function placementsInYear(placements: readonly Placement[], ref: Day): number {
  const yearAgo = addMonths(ref, -12);
  let n = 0;
  placements.forEach((p, i) => {
    const next = placements[i + 1]?.start ?? Number.POSITIVE_INFINITY;
    if (p.start <= ref && next > yearAgo) n++;
  });
  return n;
}

/** Latest statutory review: 20 working days in (about 28 days), 3 months later, then 6-monthly. */
function latestReview(start: Day, ref: Day): Day | null {
  const first = start + 28;
  if (first > ref) return null;
  let latest = first;
  for (let months = 3; addMonths(first, months) <= ref; months += 6)
    latest = addMonths(first, months);
  return latest;
}

function postcode(rng: Rng, inside: boolean): string {
  const letter = () => INWARD_LETTERS[rng.int(0, INWARD_LETTERS.length - 1)]!;
  const outward = inside ? `NM${rng.int(1, 9)}` : `QX${rng.int(1, 30)}`;
  return `${outward} ${rng.int(1, 9)}${letter()}${letter()}`;
}

function placementColumns(rng: Rng, p: Placement): string[] {
  return [
    ukDate(p.start),
    p.type,
    p.provider,
    postcode(rng, p.inside),
    p.type.startsWith('K2') ? `SC9${String(rng.int(0, 99_999)).padStart(5, '0')}` : '',
    p.inside ? 'a) Inside LA boundary' : 'b) Outside LA boundary',
    p.inside ? 'Northmere' : rng.pick(ELSEWHERE),
  ];
}

function missingColumns(rng: Rng, care: CareRec, ref: Day): string[] {
  const prone = care.missingProne && ageAt(care.child.birth, ref) >= 11;
  const missing = prone
    ? rng.weighted([
        [0, 30],
        [1, 25],
        [2, 15],
        [3, 10],
        [5, 10],
        [8, 6],
        [12, 4],
      ])
    : 0;
  const absent = prone ? rng.int(0, 5) : rng.chance(0.05) ? 1 : 0;
  const offered = missing > 0 ? rng.chance(0.92) : null;
  const accepted = offered ? rng.chance(0.55) : null;
  return [
    String(missing),
    String(absent),
    offered === null ? '' : yesNo(offered),
    accepted === null ? '' : yesNo(accepted),
  ];
}

function checks(rng: Rng, care: CareRec, ref: Day): string[] {
  const inCare = ref - care.start;
  const health = inCare < 28 ? null : Math.max(care.start + rng.int(10, 28), ref - rng.int(0, 330));
  const dental =
    inCare < 60 || ageAt(care.child.birth, ref) < 1
      ? null
      : Math.max(care.start + 30, ref - rng.int(0, 330));
  const iro = inCare < 14 ? null : recentDay(rng, ref, 120, care.start);
  return [
    iro === null ? '' : ukDate(iro),
    health === null ? '' : ukDate(health),
    dental === null ? '' : ukDate(dental),
  ];
}

/** The cells after the common five, as raw values. */
function cells(care: CareRec, x: Extract): string[] {
  const ref = asOf(care.end, x.asAt);
  const status = latestBy(care.statuses, ref);
  const shortBreaks = care.statuses[0]!.code === 'V3';
  const team = shortBreaks
    ? "Disabled Children's Team"
    : `Children in Care ${care.child.family.locality}`;
  const [iro, health, dental] = checks(x.rng, care, ref);
  return [
    yesNo(care.uasc),
    yesNo(care.child.disabled),
    ukDate(care.start),
    care.need,
    yesNo(care.returned),
    ukDate(status.start),
    LEGAL_STATUS_WORDS[status.code] ?? '',
    dateAsAt(latestReview(care.start, ref), x.asAt),
    ukDate(recentDay(x.rng, ref, 42, care.start)),
    care.permanence,
    iro!,
    health!,
    dental!,
    String(placementsInYear(care.placements, ref)),
    dateAsAt(care.end, x.asAt),
    care.end <= x.asAt ? care.reason : '',
    ...placementColumns(x.rng, latestBy(care.placements, ref)),
    ...missingColumns(x.rng, care, ref),
    team,
    workerOf(team, care.child),
  ];
}

/** Periods of care open at any time in the extract, including those that began before it. */
export const CARE: ListSpec<CareRec> = {
  select: (sim, x) =>
    inOrder(
      sim.cares.filter((c) => c.start <= x.asAt && c.end >= x.from),
      (c) => c.start,
    ),
  line: (care, x) => childLine(care.child, care.start, cells(care, x).map(csvField)),
};
