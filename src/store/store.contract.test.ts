/**
 * The store contract, run on whichever back end openTestStore() gives: PGlite by default, the
 * PostgreSQL server when OUTTURN_TEST_DATABASE_URL is set.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type Contact, dayOf, emptyRecordSet, type Series } from '../domain/index.ts';
import {
  counts,
  LA,
  point,
  sampleRecords,
  snapshot,
  TABLES,
  target,
  upload,
} from './contract-fixtures.ts';
import {
  countRecords,
  createUpload,
  type Database,
  inTransaction,
  isEmpty,
  listLas,
  listUploads,
  loadCoverage,
  loadPopulation,
  loadRecords,
  loadSeries,
  loadTargetHistory,
  loadTargets,
  mergeRecords,
  replaceSeries,
  setPopulation,
  setTarget,
  upsertLa,
} from './index.ts';
import { migrateToLatest, migrateToNone } from './migrate.ts';
import { emptyTestStore, openTestStore, type TestStore } from './testing.ts';

let store: TestStore;
let db: Database;

beforeAll(async () => {
  store = await openTestStore();
  db = store.db;
});
afterAll(() => store.dispose());
beforeEach(async () => {
  await emptyTestStore(db);
  await upsertLa(db, { code: LA, name: 'Testshire' });
});

describe('openStore(options)', () => {
  it('applies every migration, and down then up again leaves the tables in place', async () => {
    const names = async () => (await db.introspection.getTables()).map((t) => t.name).sort();
    expect(await names()).toEqual([...TABLES].sort());
    await migrateToNone(db);
    expect(await names()).toEqual([]);
    await migrateToLatest(db);
    expect(await names()).toEqual([...TABLES].sort());
  });
});

describe('councils', () => {
  it('isEmpty(db) is true before the first council and false after upsertLa', async () => {
    await emptyTestStore(db);
    expect(await isEmpty(db)).toBe(true);
    await upsertLa(db, { code: '318', name: 'Richmond' });
    expect(await isEmpty(db)).toBe(false);
  });

  it('upsertLa(db, la) renames a council already there; listLas lists by code', async () => {
    await upsertLa(db, { code: '201', name: 'City' });
    await upsertLa(db, { code: LA, name: 'Renamed' });
    expect(await listLas(db)).toEqual([
      { code: '201', name: 'City' },
      { code: LA, name: 'Renamed' },
    ]);
  });
});

describe('uploads', () => {
  it('createUpload then listUploads round-trips every field, dates as strings', async () => {
    const issue = { severity: 'warning' as const, file: 'a.csv', row: 3, message: 'odd' };
    const id = await createUpload(db, upload({ asAt: '2024-02-29', issues: [issue] }));
    const [stored] = await listUploads(db, LA);
    expect(stored).toMatchObject({ ...upload({ asAt: '2024-02-29', issues: [issue] }), id });
    expect(new Date(stored?.createdAt ?? '').toISOString()).toBe(stored?.createdAt);
  });

  it('loadCoverage(db, la) is null before any upload, then min covers_from to max as_at', async () => {
    expect(await loadCoverage(db, LA)).toBeNull();
    await createUpload(db, upload({ coversFrom: '2022-04-01', asAt: '2023-03-31' }));
    await createUpload(db, upload({ coversFrom: '2023-04-01', asAt: '2024-02-29' }));
    expect(await loadCoverage(db, LA)).toEqual({
      from: dayOf(2022, 4, 1),
      asAt: dayOf(2024, 2, 29),
    });
  });
});

describe('mergeRecords(db, la, records, uploadId)', () => {
  it('inserts new records, and loadRecords gives them back exactly', async () => {
    const id = await createUpload(db, upload());
    const result = await mergeRecords(db, LA, sampleRecords(), id);
    expect(result).toEqual({
      ...{ children: counts(1, 0, 0), contacts: counts(2, 0, 0), referrals: counts(1, 0, 0) },
      ...{ assessments: counts(1, 0, 0), s47s: counts(1, 0, 0), cpPlans: counts(1, 0, 0) },
      carePeriods: counts(1, 0, 0),
      careEpisodes: counts(1, 0, 0),
      ...{ earlyHelp: counts(1, 0, 0), cinEpisodes: counts(1, 0, 0), careLeavers: counts(1, 0, 0) },
      ...{ adoptions: counts(1, 0, 0), adopters: counts(2, 0, 0) },
    });
    expect(await loadRecords(db, LA)).toEqual(sampleRecords());
    expect(await countRecords(db, LA)).toEqual({
      ...{ children: 1, contacts: 2, referrals: 1, assessments: 1 },
      ...{ s47s: 1, cpPlans: 1, carePeriods: 1, careEpisodes: 1 },
      ...{ earlyHelp: 1, cinEpisodes: 1, careLeavers: 1, adoptions: 1, adopters: 2 },
    });
  });

  it('merging the same records again changes nothing: all unchanged, upload_id kept', async () => {
    const first = await createUpload(db, upload());
    await mergeRecords(db, LA, sampleRecords(), first);
    const second = await createUpload(db, upload({ asAt: '2024-04-30' }));
    const result = await mergeRecords(db, LA, sampleRecords(), second);
    expect(result.contacts).toEqual(counts(0, 0, 2));
    expect(result.carePeriods).toEqual(counts(0, 0, 1));
    const { rows } = await sql<{
      upload_id: number;
    }>`select distinct upload_id from contact`.execute(db);
    expect(rows).toEqual([{ upload_id: first }]);
  });

  it('a later upload overwrites a differing record whole, blanks included, and takes its id', async () => {
    const first = await createUpload(db, upload());
    await mergeRecords(db, LA, sampleRecords(), first);
    const later = emptyRecordSet();
    later.referrals.push({
      childId: 'C1',
      referralDate: dayOf(2024, 3, 1),
      source: null,
      nfa: null,
      referralsLast12m: 2,
    });
    later.referrals.push({
      childId: 'C2',
      referralDate: dayOf(2024, 3, 1),
      source: 'police',
      nfa: true,
      referralsLast12m: null,
    });
    const second = await createUpload(db, upload());
    expect((await mergeRecords(db, LA, later, second)).referrals).toEqual(counts(1, 1, 0));
    expect((await loadRecords(db, LA)).referrals).toEqual(later.referrals);
    const { rows } = await sql<{ child_id: string; upload_id: number }>`
      select child_id, upload_id from referral order by child_id`.execute(db);
    expect(rows).toEqual([
      { child_id: 'C1', upload_id: second },
      { child_id: 'C2', upload_id: second },
    ]);
  });

  it('rows sharing a key in one merge are one record: the last wins', async () => {
    const records = emptyRecordSet();
    records.contacts.push({ childId: 'C1', contactDate: dayOf(2024, 1, 1), source: 'first' });
    records.contacts.push({ childId: 'C1', contactDate: dayOf(2024, 1, 1), source: 'last' });
    const result = await mergeRecords(db, LA, records, await createUpload(db, upload()));
    expect(result.contacts).toEqual(counts(1, 0, 0));
    expect((await loadRecords(db, LA)).contacts).toEqual([records.contacts[1]]);
  });

  it('writes and reads more records than one statement or page takes (60,001 contacts)', async () => {
    const records = emptyRecordSet();
    for (let i = 0; i < 60_001; i++) {
      const childId = `C${String(i % 6000).padStart(5, '0')}`;
      records.contacts.push({
        childId,
        contactDate: dayOf(2020, 1, 1) + Math.floor(i / 6000),
        source: null,
      });
    }
    const result = await mergeRecords(db, LA, records, await createUpload(db, upload()));
    expect(result.contacts).toEqual(counts(60_001, 0, 0));
    expect((await countRecords(db, LA)).contacts).toBe(60_001);
    const byKey = (a: Contact, b: Contact) =>
      a.childId === b.childId ? a.contactDate - b.contactDate : a.childId < b.childId ? -1 : 1;
    expect((await loadRecords(db, LA)).contacts).toEqual([...records.contacts].sort(byKey));
  });

  it('round-trips awkward text exactly: quotes, backslashes, braces, commas, "NULL" and empty', async () => {
    const sources = ['say "no", {x}', 'back\\slash', 'NULL', '', 'Ünïcødé – ok', null];
    const records = emptyRecordSet();
    sources.forEach((source, i) => {
      records.contacts.push({ childId: `C${i}`, contactDate: dayOf(2024, 1, 1), source });
    });
    await mergeRecords(db, LA, records, await createUpload(db, upload()));
    expect((await loadRecords(db, LA)).contacts.map((c) => c.source)).toEqual(sources);
  });

  it('keeps councils apart: records of one are not loaded for another', async () => {
    await upsertLa(db, { code: '201', name: 'City' });
    await mergeRecords(db, '201', sampleRecords(), await createUpload(db, upload({ la: '201' })));
    expect(await loadRecords(db, LA)).toEqual(emptyRecordSet());
  });
});

describe('dates', () => {
  it('come back from DATE columns as the same yyyy-mm-dd strings, never Dates', async () => {
    await createUpload(db, upload({ asAt: '2024-02-29', coversFrom: '2023-03-31' }));
    const { rows } = await sql<{ as_at: unknown; covers_from: unknown; d: unknown }>`
      select as_at, covers_from, date '2024-02-29' as d from upload`.execute(db);
    expect(rows).toEqual([{ as_at: '2024-02-29', covers_from: '2023-03-31', d: '2024-02-29' }]);
  });
});

describe('inTransaction(db, fn)', () => {
  it('leaves every table exactly as before when fn throws after writing', async () => {
    const id = await createUpload(db, upload());
    await mergeRecords(db, LA, sampleRecords(), id);
    const before = await snapshot(db);
    const failing = inTransaction(db, async (trx) => {
      await upsertLa(trx, { code: '201', name: 'City' });
      const next = await createUpload(trx, upload());
      const changed = sampleRecords();
      changed.contacts[0] = { childId: 'C1', contactDate: dayOf(2024, 2, 29), source: 'changed' };
      await mergeRecords(trx, LA, changed, next);
      const points = [point('month', '2024-03-31')];
      await replaceSeries(trx, LA, [{ indicatorId: 'referrals', points }], '2024-04-01T00:00:00Z');
      await setTarget(trx, LA, target(100), { setBy: 'a', reason: 'r' });
      await setPopulation(trx, LA, 2023, 50_000);
      throw new Error('stop');
    });
    await expect(failing).rejects.toThrow('stop');
    expect(await snapshot(db)).toEqual(before);
  });

  it('rolls back on a database error too (a bad file hash), and the store works on after it', async () => {
    const failing = inTransaction(db, async (trx) => {
      await upsertLa(trx, { code: '201', name: 'City' });
      await createUpload(trx, upload({ fileHash: 'not-a-sha256' }));
    });
    await expect(failing).rejects.toThrow();
    expect((await listLas(db)).map((la) => la.code)).toEqual([LA]);
    expect(await createUpload(db, upload())).toBeGreaterThan(0);
  });

  it('keeps other callers out: what a transaction wrote is unseen until it commits', async () => {
    let seenDuring: string[] = [];
    await inTransaction(db, async (trx) => {
      await upsertLa(trx, { code: '201', name: 'City' });
      seenDuring = await Promise.race([
        listLas(db).then((las) => las.map((la) => la.code)),
        new Promise<string[]>((resolve) => setTimeout(() => resolve(['blocked']), 200)),
      ]);
    });
    expect(seenDuring).not.toContain('201');
    expect((await listLas(db)).map((la) => la.code)).toEqual(['201', LA]);
  });
});

describe('series', () => {
  it('replaceSeries then loadSeries round-trips nulls and partial points, ordered by end then window', async () => {
    const partial = { partial: true as const, covers: { start: '2024-02-01', end: '2024-02-29' } };
    const nulls = { value: null, numerator: 0, denominator: 0 };
    const series: Series[] = [
      {
        indicatorId: 'rereferrals_12m_pct',
        points: [
          point('r12', '2024-03-31'),
          point('month', '2024-03-31', nulls),
          point('ytd', '2024-02-29', partial),
          point('month', '2024-02-29'),
        ],
      },
      {
        indicatorId: 'cpp_open',
        points: [point('quarter', '2024-03-31', { numerator: 40, denominator: null })],
      },
    ];
    await replaceSeries(db, LA, series, '2024-04-01T09:00:00Z');
    expect(await loadSeries(db, LA)).toEqual([
      series[1],
      {
        indicatorId: 'rereferrals_12m_pct',
        points: [
          point('month', '2024-02-29'),
          point('ytd', '2024-02-29', partial),
          point('month', '2024-03-31', nulls),
          point('r12', '2024-03-31'),
        ],
      },
    ]);
  });

  it('replaceSeries removes the points it does not repeat', async () => {
    await replaceSeries(
      db,
      LA,
      [{ indicatorId: 'referrals', points: [point('month', '2024-01-31')] }],
      '2024-02-01T00:00:00Z',
    );
    await replaceSeries(
      db,
      LA,
      [{ indicatorId: 'cla_open', points: [point('month', '2024-02-29')] }],
      '2024-03-01T00:00:00Z',
    );
    expect((await loadSeries(db, LA)).map((s) => s.indicatorId)).toEqual(['cla_open']);
  });
});

describe('targets and population', () => {
  it('setTarget keeps every change; loadTargets gives the latest per indicator and year', async () => {
    await setTarget(db, LA, target(16), { setBy: 'ann', reason: 'first' });
    await setTarget(db, LA, target(15), { setBy: 'bob', reason: 'tighter' });
    await setTarget(db, LA, target(18, 2023), { setBy: 'ann', reason: 'last year' });
    expect(await loadTargets(db, LA)).toEqual([target(18, 2023), target(15)]);
    const history = await loadTargetHistory(db, LA);
    expect(history.map((t) => [t.value, t.setBy, t.reason])).toEqual([
      [16, 'ann', 'first'],
      [15, 'bob', 'tighter'],
      [18, 'ann', 'last year'],
    ]);
  });

  it('setPopulation replaces the figure for a year; loadPopulation maps year to count', async () => {
    await setPopulation(db, LA, 2023, 41_000);
    await setPopulation(db, LA, 2023, 41_250);
    await setPopulation(db, LA, 2022, 40_800);
    expect(await loadPopulation(db, LA)).toEqual(
      new Map([
        [2022, 40_800],
        [2023, 41_250],
      ]),
    );
  });
});
