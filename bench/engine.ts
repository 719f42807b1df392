/**
 * Micro-benchmark of the indicator engine: a seeded synthetic record set over ten years, every
 * indicator for every window kind, best wall time of 5 (after one to compile): over records new
 * to the engine, and over the same records again. Run: node --import tsx bench/engine.ts [scale]
 */
import {
  type Assessment,
  type CarePeriod,
  type CpPlan,
  type Day,
  dayOf,
  emptyRecordSet,
  type LegalStatus,
  type RecordSet,
  type Referral,
} from '../src/domain/index.ts';
import { computeSeries } from '../src/engine/index.ts';

/** mulberry32: a small seeded PRNG, so every run builds the same records. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const FROM = dayOf(2015, 4, 1);
const AS_AT = dayOf(2025, 3, 31);
const SPAN = AS_AT - FROM + 1;
const STATUSES: LegalStatus[] = ['C1', 'C2', 'C2', 'C2', 'V2', 'V2', 'E1', 'V3', 'V4'];

function build(scale: number): RecordSet {
  const random = prng(20240401);
  const int = (n: number) => Math.floor(random() * n);
  const children = Math.round(100_000 * scale);
  // A distinct flat string per record, as a file reader produces (not a cached, shared one).
  const childId = () => [...`C${String(int(children)).padStart(7, '0')}`].join('');
  const someDay = (): Day => FROM - 365 + int(SPAN + 365);
  const maybeEnd = (start: Day, open: number, max: number): Day | null =>
    random() < open ? null : start + 1 + int(max);
  const records = emptyRecordSet();
  records.referrals = Array.from(
    { length: Math.round(200_000 * scale) },
    (): Referral => ({
      childId: childId(),
      referralDate: someDay(),
      source: null,
      nfa: random() < 0.1,
      referralsLast12m: random() < 0.05 ? 1 : 0,
    }),
  );
  records.assessments = Array.from({ length: Math.round(170_000 * scale) }, (): Assessment => {
    const startDate = someDay();
    return {
      childId: childId(),
      startDate,
      authorisedDate: maybeEnd(startDate, 0.03, 90),
      childSeen: true,
      needsSupport: null,
    };
  });
  records.cpPlans = Array.from({ length: Math.round(15_000 * scale) }, (): CpPlan => {
    const startDate = someDay();
    return {
      childId: childId(),
      startDate,
      endDate: maybeEnd(startDate, 0.1, 900),
      initialCategory: null,
      latestCategory: null,
      previousPlans: null,
    };
  });
  records.carePeriods = Array.from({ length: Math.round(20_000 * scale) }, (): CarePeriod => {
    const startDate = someDay();
    return {
      childId: childId(),
      startDate,
      endDate: maybeEnd(startDate, 0.3, 2000),
      legalStatus: STATUSES[int(STATUSES.length)] ?? null,
      legalStatusStart: startDate,
      placementsLast12m: null,
      placementStart: null,
      placementType: null,
      reasonCeased: null,
    };
  });
  return records;
}

const scale = Number(process.argv[2] ?? '1');
const records = build(scale);
const total = [records.referrals, records.assessments, records.cpPlans, records.carePeriods]
  .map((list) => list.length)
  .reduce((a, b) => a + b, 0);
/** Best wall and user CPU time of 5 runs over `of(run)`, after one run to compile the code. */
function bestOf5(of: (run: number) => RecordSet): { wall: number; cpu: number; points: number } {
  let [wall, cpu, points] = [Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY, 0];
  for (let run = 0; run <= 5; run++) {
    const [started, usage] = [performance.now(), process.cpuUsage()];
    const series = computeSeries(of(run), { coverage: { from: FROM, asAt: AS_AT } });
    if (run === 0) continue;
    wall = Math.min(wall, performance.now() - started);
    cpu = Math.min(cpu, process.cpuUsage(usage).user / 1000);
    points = series.reduce((sum, s) => sum + s.points.length, 0);
  }
  return { wall, cpu, points };
}

const ms = (r: { wall: number; cpu: number }) =>
  `${r.wall.toFixed(1)} ms wall (${r.cpu.toFixed(1)} ms user CPU)`;
// A record set the engine has not seen (a new object over the same lists) builds its columns;
// the same record set again finds them kept (engine record-columns.ts).
const fresh = bestOf5(() => ({ ...records }));
const again = bestOf5(() => records);
console.log(
  `computeSeries: ${total.toLocaleString('en-GB')} records, ${fresh.points} points, best of 5: ` +
    `new records ${ms(fresh)}; the same records again ${ms(again)}`,
);
