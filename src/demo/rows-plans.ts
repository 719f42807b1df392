/** Lists 6 (children in need) and 7 (child protection plans). */
import type { Day } from '../domain/index.ts';
import { csvField } from './csv.ts';
import { ageAt, ukDate } from './dates.ts';
import type { CinRec, PlanRec } from './model.ts';
import {
  asOf,
  childLine,
  dateAsAt,
  type Extract,
  inOrder,
  type ListSpec,
  recentDay,
  teamCells,
  yesNo,
} from './rows-common.ts';

const overlaps = (start: Day, end: Day, x: Extract) => start <= x.asAt && end >= x.from;
const openAt = (span: { start: Day; end: Day } | null, day: Day) =>
  span !== null && span.start <= day && span.end > day;

function caseStatus(cin: CinRec, asAt: Day): string {
  if (cin.end <= asAt) return 'd) Closed';
  if (openAt(cin.care, asAt)) return 'c) Looked after child';
  if (openAt(cin.plan, asAt)) return 'b) Child protection plan';
  return 'a) Child in need';
}

export const NEED: ListSpec<CinRec> = {
  select: (sim, x) =>
    inOrder(
      sim.cins.filter((c) => overlaps(c.start, c.end, x)),
      (c) => c.start,
    ),
  line: (c, x) => {
    const closed = c.end <= x.asAt;
    const team = c.child.disabled
      ? "Disabled Children's Team"
      : `Family Support ${c.child.family.locality}`;
    return childLine(c.child, c.start, [
      yesNo(c.child.disabled),
      ukDate(c.start),
      csvField(c.need),
      ukDate(recentDay(x.rng, asOf(c.end, x.asAt), 40, c.start)),
      dateAsAt(c.end, x.asAt),
      closed ? csvField(c.closure) : '',
      caseStatus(c, x.asAt),
      teamCells(team, c.child),
    ]);
  },
};

/** The latest review conference held on or before `ref`. */
function latestReview(plan: PlanRec, ref: Day): Day | null {
  let latest: Day | null = null;
  for (const day of plan.reviews) if (day <= ref) latest = day;
  return latest;
}

export const PLANS: ListSpec<PlanRec> = {
  select: (sim, x) =>
    inOrder(
      sim.plans.filter((p) => overlaps(p.start, p.end, x)),
      (p) => p.start,
    ),
  line: (p, x) => {
    const ref = asOf(p.end, x.asAt);
    const alone = ageAt(p.child.birth, ref) >= 4 && x.rng.chance(0.85);
    return childLine(p.child, p.start, [
      yesNo(p.child.disabled),
      ukDate(p.start),
      p.initial,
      p.latestFrom <= ref ? p.latest : p.initial,
      ukDate(recentDay(x.rng, ref, 14, p.start)),
      yesNo(alone),
      dateAsAt(latestReview(p, ref), x.asAt),
      dateAsAt(p.end, x.asAt),
      yesNo(p.epo),
      String(p.previous),
      teamCells(`Safeguarding ${p.child.family.locality}`, p.child),
    ]);
  },
};
