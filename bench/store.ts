/**
 * Bulk-write speed of the store: merges synthetic child-level records (150,000 unless a count is
 * given) into a fresh PGlite folder and into a fresh database on the PostgreSQL server, and
 * prints rows per second for the first merge (all inserts) and a repeat (all unchanged).
 *
 *   npx tsx bench/store.ts [records] [admin database URL]
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dayOf, emptyRecordSet, type RecordSet } from '../src/domain/index.ts';
import {
  createUpload,
  loadRecords,
  mergeRecords,
  openStore,
  type Store,
  upsertLa,
} from '../src/store/index.ts';
import { openServerTestStore } from '../src/store/testing.ts';

const total = Number(process.argv[2] ?? 150_000);
const adminUrl = process.argv[3] ?? 'postgres://postgres@127.0.0.1:5432/test';
const LA = '999';

/** A small deterministic generator (mulberry32). */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `total` records in the proportions of a real council: many contacts, fewer plans. */
function syntheticRecords(count: number): RecordSet {
  const r = random(42);
  const set = emptyRecordSet();
  const day0 = dayOf(2015, 4, 1);
  const child = (i: number) =>
    `C${String(i % Math.max(1, Math.floor(count / 8))).padStart(6, '0')}`;
  const day = (i: number) => day0 + ((i * 7919) % 3650);
  const maybe = <T>(value: T) => (r() < 0.1 ? null : value);
  const share = (part: number) => Math.floor(count * part);
  for (let i = 0; i < share(0.1); i++) {
    set.children.push({
      childId: child(i),
      gender: maybe('female'),
      ethnicity: maybe('WBRI'),
      birthDate: maybe(day(i) - 3000),
    });
  }
  for (let i = 0; i < share(0.4); i++)
    set.contacts.push({ childId: child(i), contactDate: day(i), source: maybe('police') });
  for (let i = 0; i < share(0.2); i++) {
    set.referrals.push({
      childId: child(i),
      referralDate: day(i),
      source: maybe('school'),
      nfa: maybe(r() < 0.3),
      referralsLast12m: maybe(i % 4),
    });
  }
  for (let i = 0; i < share(0.15); i++) {
    set.assessments.push({
      childId: child(i),
      startDate: day(i),
      authorisedDate: maybe(day(i) + 40),
      childSeen: maybe(true),
      needsSupport: maybe(r() < 0.6),
    });
  }
  for (let i = 0; i < share(0.06); i++) {
    set.s47s.push({
      childId: child(i),
      startDate: day(i),
      icpcNotRequired: maybe(false),
      icpcDate: maybe(day(i) + 12),
      icpcResultedInPlan: maybe(true),
    });
  }
  for (let i = 0; i < share(0.04); i++) {
    set.cpPlans.push({
      childId: child(i),
      startDate: day(i),
      endDate: maybe(day(i) + 300),
      initialCategory: 'neglect',
      latestCategory: maybe('emotional'),
      previousPlans: maybe(0),
    });
  }
  const rest = count - Object.values(set).reduce((sum, list) => sum + list.length, 0);
  for (let i = 0; i < rest; i++) {
    set.carePeriods.push({
      ...{
        childId: child(i),
        startDate: day(i),
        endDate: maybe(day(i) + 500),
        legalStatus: maybe('C2' as const),
      },
      ...{
        legalStatusStart: maybe(day(i)),
        placementsLast12m: maybe(1),
        placementStart: null,
        placementType: 'U1',
        reasonCeased: null,
      },
    });
  }
  return set;
}

function distinctKeys(set: RecordSet): number {
  return Object.values(set).reduce((sum, list) => sum + list.length, 0);
}

async function timed<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const t0 = performance.now();
  const value = await fn();
  return [value, (performance.now() - t0) / 1000];
}

async function measure(store: Store, records: RecordSet): Promise<void> {
  await upsertLa(store.db, { code: LA, name: 'Benchmarkshire' });
  const upload = () =>
    createUpload(store.db, {
      ...{ la: LA, createdBy: 'bench', fileName: 'synthetic', fileHash: '0'.repeat(64) },
      ...{
        format: 'synthetic',
        asAt: '2025-03-31',
        coversFrom: '2015-04-01',
        counts: {},
        issues: [],
      },
    });
  const n = distinctKeys(records);
  const [, first] = await timed(async () => mergeRecords(store.db, LA, records, await upload()));
  const [, again] = await timed(async () => mergeRecords(store.db, LA, records, await upload()));
  const [, load] = await timed(() => loadRecords(store.db, LA));
  const rate = (seconds: number) => `${Math.round(n / seconds).toLocaleString('en-GB')} rows/s`;
  console.log(`  first merge (inserts):   ${first.toFixed(2)} s, ${rate(first)}`);
  console.log(`  repeat merge (unchanged): ${again.toFixed(2)} s, ${rate(again)}`);
  console.log(`  loadRecords:             ${load.toFixed(2)} s, ${rate(load)}`);
}

const records = syntheticRecords(total);
console.log(`${distinctKeys(records).toLocaleString('en-GB')} synthetic records`);

const dir = await mkdtemp(join(tmpdir(), 'outturn-bench-store-'));
try {
  const [store, opened] = await timed(() => openStore({ dataDir: join(dir, 'data') }));
  console.log(`PGlite (fresh folder: initialised, opened and migrated in ${opened.toFixed(1)} s)`);
  await measure(store, records).finally(() => store.close());
} finally {
  await rm(dir, { recursive: true, force: true });
}

const server = await openServerTestStore(adminUrl).catch((error: Error) => {
  console.log(`PostgreSQL server: not reached (${error.message})`);
  return null;
});
if (server) {
  console.log('PostgreSQL server (fresh database)');
  await measure(server, records).finally(() => server.dispose());
}
